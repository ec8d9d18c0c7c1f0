package dev.apigw.simulator.aws;

import dev.apigw.model.project.IamCredential;
import dev.apigw.model.project.ProjectConfig;
import java.util.Map;
import java.util.Optional;

/**
 * The keys AWS service integration requests are signed with: the project's first {@code credentials} entry, else
 * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} (and {@code AWS_SESSION_TOKEN}) from the environment,
 * else fixed test keys, which local emulators (LocalStack, DynamoDB Local, ElasticMQ) accept.
 *
 * @param source where the keys came from, for the execution log (never the secret itself)
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken,
        String source) {
    static final String TEST_KEY = "test";

    public static AwsCredentials resolve(ProjectConfig config, Map<String, String> environment) {
        if (!config.credentials().isEmpty()) {
            IamCredential first = config.credentials().get(0);
            return new AwsCredentials(first.accessKeyId(), first.secretAccessKey(), Optional.empty(),
                    "the project file's first credentials entry");
        }
        String id = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
            return new AwsCredentials(id, secret, Optional.ofNullable(environment.get("AWS_SESSION_TOKEN"))
                    .filter(t -> !t.isBlank()), "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY");
        }
        return new AwsCredentials(TEST_KEY, TEST_KEY, Optional.empty(), "the built-in test keys");
    }
}
