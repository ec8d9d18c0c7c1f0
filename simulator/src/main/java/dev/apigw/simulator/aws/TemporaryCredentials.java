package dev.apigw.simulator.aws;

import java.time.Instant;
import java.util.Optional;

/** The temporary security credentials STS hands out for an assumed role, and when they expire. */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
        Instant expiration) {

    /** Keys to sign with: the session token travels as {@code X-Amz-Security-Token}. */
    public AwsCredentials signing(String source) {
        return new AwsCredentials(accessKeyId, secretAccessKey, Optional.of(sessionToken), source);
    }
}
