package dev.apigw.simulator.vtl;

import java.util.Map;
import java.util.Optional;

/**
 * What a rendered mapping template produced: the body text plus the {@code $context.requestOverride.*} and
 * {@code $context.responseOverride.*} values the template set. Maps keep the order the template set them in.
 *
 * @param statusOverride {@code $context.responseOverride.status}, only when it is a whole number in 100..599
 *                       (API Gateway ignores anything else)
 */
public record RenderResult(String output, Optional<Integer> statusOverride, Map<String, String> responseHeaderOverrides,
        Map<String, String> requestHeaderOverrides, Map<String, String> requestQueryOverrides,
        Map<String, String> requestPathOverrides) {

    public RenderResult {
        output = output == null ? "" : output;
        statusOverride = statusOverride == null ? Optional.empty() : statusOverride;
        responseHeaderOverrides = Maps.frozenCopy(responseHeaderOverrides);
        requestHeaderOverrides = Maps.frozenCopy(requestHeaderOverrides);
        requestQueryOverrides = Maps.frozenCopy(requestQueryOverrides);
        requestPathOverrides = Maps.frozenCopy(requestPathOverrides);
    }

    /** Whether the template set any override. */
    public boolean hasOverrides() {
        return statusOverride.isPresent() || !responseHeaderOverrides.isEmpty() || !requestHeaderOverrides.isEmpty()
                || !requestQueryOverrides.isEmpty() || !requestPathOverrides.isEmpty();
    }

    /** A result with only a body and no overrides. */
    public static RenderResult of(String output) {
        return new RenderResult(output, Optional.empty(), Map.of(), Map.of(), Map.of(), Map.of());
    }
}
