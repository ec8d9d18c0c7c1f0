package dev.apigw.simulator.traffic;

/**
 * One API key's quota in the current period: the plan's {@code limit}, what this period allows (the limit, less the
 * plan's offset in the initial period), how many requests were counted, how many remain, and whether the request
 * just asked for was let through.
 */
public record QuotaUsage(boolean granted, long limit, long allowance, long used, long remaining,
        QuotaPeriod.Window window) {
}
