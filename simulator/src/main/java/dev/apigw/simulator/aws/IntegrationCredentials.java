package dev.apigw.simulator.aws;

import java.util.regex.Pattern;

/**
 * What an integration's {@code credentials} asks API Gateway to call the service as: an IAM role to assume
 * ({@code arn:aws:iam::123456789012:role/name}), the caller's own identity ({@code arn:aws:iam::*:user/*}), or
 * nothing (resource-based permissions). Any other text is {@link Kind#UNRECOGNISED}: AWS refuses it on import.
 *
 * @param value the credentials as written, stage variables substituted
 */
public record IntegrationCredentials(Kind kind, String value) {

    /** The three forms AWS documents, and anything else. */
    public enum Kind { NONE, ROLE, CALLER, UNRECOGNISED }

    /** The exact string AWS documents for passing the caller's identity through. */
    public static final String CALLER_ARN = "arn:aws:iam::*:user/*";

    private static final Pattern ROLE_ARN = Pattern.compile("^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+$");

    public IntegrationCredentials {
        value = value == null ? "" : value;
    }

    public static IntegrationCredentials parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return new IntegrationCredentials(Kind.NONE, "");
        }
        if (value.equals(CALLER_ARN)) {
            return new IntegrationCredentials(Kind.CALLER, value);
        }
        if (ROLE_ARN.matcher(value).matches()) {
            return new IntegrationCredentials(Kind.ROLE, value);
        }
        return new IntegrationCredentials(Kind.UNRECOGNISED, value);
    }
}
