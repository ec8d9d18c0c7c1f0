package dev.apigw.model.project;

/** A usage plan quota: at most {@code limit} requests per {@code period} (DAY, WEEK, MONTH). */
public record Quota(long limit, String period, int offset) {
}
