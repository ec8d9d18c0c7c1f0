package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/**
 * An access key pair the simulator accepts for SigV4-signed requests to AWS_IAM methods, and who it belongs to
 * ({@code $context.identity.user}/{@code userArn}): an IAM user name and account id, defaulted when not given.
 * {@code policy} is the user's identity-based IAM policy (plain JSON values) deciding which methods the key may
 * invoke; without one the key may invoke every method.
 */
public record IamCredential(String accessKeyId, String secretAccessKey, Optional<String> user,
        Optional<String> accountId, Optional<Map<String, Object>> policy) {

    public static final String DEFAULT_USER = "apigw-local";
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";

    public IamCredential {
        user = user == null ? Optional.empty() : user;
        accountId = accountId == null ? Optional.empty() : accountId;
        policy = policy == null ? Optional.empty() : policy.map(Immutable::map);
    }

    public IamCredential(String accessKeyId, String secretAccessKey, Optional<String> user,
            Optional<String> accountId) {
        this(accessKeyId, secretAccessKey, user, accountId, Optional.empty());
    }

    public IamCredential(String accessKeyId, String secretAccessKey) {
        this(accessKeyId, secretAccessKey, Optional.empty(), Optional.empty());
    }

    public String userName() {
        return user.orElse(DEFAULT_USER);
    }

    public String account() {
        return accountId.orElse(DEFAULT_ACCOUNT_ID);
    }
}
