package dev.apigw.model.project;

/**
 * What applies to every API of the account in a Region, as {@code account:} in {@code apigw.yaml}: the account-level
 * throttle (AWS's default is 10,000 requests per second with a burst of 5,000).
 */
public record AccountSettings(ThrottleSettings throttling) {
    public static final AccountSettings DEFAULT = new AccountSettings(ThrottleSettings.ACCOUNT_DEFAULT);
}
