package dev.apigw.simulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.IamCredential;
import dev.apigw.model.project.ProjectConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsCredentialsTest {
    private static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "ENVKEY",
            "AWS_SECRET_ACCESS_KEY", "envsecret", "AWS_SESSION_TOKEN", "tok");

    private static ProjectConfig withCredentials(List<IamCredential> credentials) {
        ProjectConfig c = ProjectConfig.empty();
        return new ProjectConfig(c.definition(), c.type(), c.parameters(), c.stages(), c.apiKeys(), c.usagePlans(),
                c.functions(), credentials, c.serviceEndpoints());
    }

    @Test
    void theProjectsFirstCredentialsEntryWins() {
        AwsCredentials c = AwsCredentials.resolve(withCredentials(List.of(new IamCredential("A1", "s1"),
                new IamCredential("A2", "s2"))), ENV);
        assertThat(c.accessKeyId()).isEqualTo("A1");
        assertThat(c.secretAccessKey()).isEqualTo("s1");
    }

    @Test
    void thenTheEnvironmentWithItsSessionToken() {
        AwsCredentials c = AwsCredentials.resolve(ProjectConfig.empty(), ENV);
        assertThat(c).isEqualTo(new AwsCredentials("ENVKEY", "envsecret", Optional.of("tok"),
                "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"));
    }

    @Test
    void elseFixedTestKeys() {
        AwsCredentials c = AwsCredentials.resolve(ProjectConfig.empty(), Map.of("AWS_ACCESS_KEY_ID", "only-id"));
        assertThat(c.accessKeyId()).isEqualTo("test");
        assertThat(c.secretAccessKey()).isEqualTo("test");
    }
}
