package dev.apigw.simulator.aws;

import java.util.Map;
import java.util.Optional;

/**
 * Services that speak AWS's JSON protocol: for an {@code action/} URI, API Gateway names the operation in
 * {@code X-Amz-Target: <prefix>.<Action>} and sends {@code Content-Type: application/x-amz-json-<version>}, so the
 * mapping template only has to render the operation's JSON input. Every other service is sent the action the
 * Query-protocol way, as an {@code Action} query parameter.
 *
 * @param targetPrefix the service's target prefix from its API model ({@code DynamoDB_20120810})
 * @param contentType  {@code application/x-amz-json-1.0} or {@code -1.1}, as the service's API model says
 */
public record JsonProtocol(String targetPrefix, String contentType) {
    private static final String JSON_10 = "application/x-amz-json-1.0";
    private static final String JSON_11 = "application/x-amz-json-1.1";

    /** Keyed by the service name of the integration URI; prefixes and versions from each service's API model. */
    private static final Map<String, JsonProtocol> SERVICES = Map.of(
            "dynamodb", new JsonProtocol("DynamoDB_20120810", JSON_10),
            "kinesis", new JsonProtocol("Kinesis_20131202", JSON_11),
            "states", new JsonProtocol("AWSStepFunctions", JSON_10),
            "firehose", new JsonProtocol("Firehose_20150804", JSON_11),
            "logs", new JsonProtocol("Logs_20140328", JSON_11));

    public static Optional<JsonProtocol> forService(String service) {
        return Optional.ofNullable(SERVICES.get(service));
    }

    public String target(String action) {
        return targetPrefix + "." + action;
    }
}
