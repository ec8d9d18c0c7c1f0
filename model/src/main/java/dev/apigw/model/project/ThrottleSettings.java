package dev.apigw.model.project;

/** Token bucket settings: steady rate (requests/second) and burst (bucket size). */
public record ThrottleSettings(double rateLimit, int burstLimit) {
    /** AWS's default account-level limits. */
    public static final ThrottleSettings ACCOUNT_DEFAULT = new ThrottleSettings(10_000, 5_000);
}
