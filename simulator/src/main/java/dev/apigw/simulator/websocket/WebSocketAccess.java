package dev.apigw.simulator.websocket;

import dev.apigw.simulator.gateway.Json;
import dev.apigw.simulator.log.AccessLogEntry;
import dev.apigw.simulator.pipeline.Deployment;
import java.util.Map;
import java.util.Optional;

/**
 * One WebSocket event (a connect attempt, a message, a disconnect) as the stage's access log sees it. The engine
 * fills in what happened while it runs the event (the route's request, the status, API Gateway's error message, the
 * integration's status, latency and error, the authorizer's status); the other variables are the event's
 * {@code $context}, the same {@code requestContext} a Lambda proxy integration gets, built only when a line is
 * rendered. Filled in by one thread, then only read.
 */
final class WebSocketAccess implements AccessLogEntry {
    private final Deployment deployment;
    private final String domainName;
    private RouteRequest request;
    private int status = 200;
    private String error;
    private boolean integrated;
    private boolean lambda;
    private long integrationLatencyMillis;
    private int integrationStatus = -1;
    private String integrationError;
    private int authorizerStatus = -1;
    private String authorizerError;
    private Map<String, Object> context;

    WebSocketAccess(Deployment deployment, String domainName, RouteRequest request) {
        this.deployment = deployment;
        this.domainName = domainName;
        this.request = request;
    }

    /** The request changed (the authorizer added its context to the connection). */
    void request(RouteRequest value) {
        request = value;
    }

    /** What API Gateway answered: the handshake's status, or the status of a message's route. */
    void status(int value) {
        status = value;
    }

    /** API Gateway answered with its own error ({@code Forbidden}, {@code Internal server error}...). */
    void failed(int value, String message) {
        status = value;
        error = message;
    }

    /** The route's integration answered this status after that many milliseconds. */
    void integrated(boolean lambdaProxy, long latencyMillis, int answered) {
        integrated = true;
        lambda = lambdaProxy;
        integrationLatencyMillis = latencyMillis;
        integrationStatus = answered;
    }

    /** The route's integration could not answer (why, as {@link RouteFailure} says). */
    void integrationFailed(long latencyMillis, String why) {
        integrated = true;
        integrationLatencyMillis = latencyMillis;
        integrationError = why;
    }

    /** The {@code $connect} authorizer allowed (200) or refused (401, 403, 500 with API Gateway's message). */
    void authorized(int value, String message) {
        authorizerStatus = value;
        authorizerError = message;
    }

    @Override
    public Optional<String> format() {
        return AccessLogEntry.formatOf(deployment.stage());
    }

    @Override
    public String value(String name) {
        return switch (name) {
            case "status" -> Integer.toString(status);
            case "error.message" -> error;
            case "error.messageString" -> error == null ? null : Json.quote(error);
            case "integrationLatency", "integration.latency" -> integrated
                    ? Long.toString(integrationLatencyMillis) : null;
            // As AWS documents for WebSocket APIs: integration.status is the function's own statusCode for Lambda
            // proxy integrations, equivalent to integrationStatus; integration.integrationStatus is Lambda's.
            case "integrationStatus", "integration.status" -> integrationStatus < 0 ? null
                    : Integer.toString(integrationStatus);
            case "integration.integrationStatus" -> integrationStatus < 0 ? null
                    : lambda ? "200" : Integer.toString(integrationStatus);
            case "integration.error", "integrationErrorMessage" -> integrationError;
            case "authorizer.status", "authorize.status" -> authorizerStatus < 0 ? null
                    : Integer.toString(authorizerStatus);
            case "authorizer.error", "authorize.error" -> authorizerError;
            default -> AccessLogEntry.find(context(), name);
        };
    }

    private Map<String, Object> context() {
        if (context == null) {
            context = WebSocketEvent.requestContext(request, deployment, domainName);
        }
        return context;
    }
}
