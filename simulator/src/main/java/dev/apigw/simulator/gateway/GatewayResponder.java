package dev.apigw.simulator.gateway;

import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.mapping.MappingValues;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link GatewayResponseException} into the response the API is configured to send: the type's own
 * customisation from {@code x-amazon-apigateway-gateway-responses}, else DEFAULT_4XX / DEFAULT_5XX's, else AWS's
 * default. A changed status on DEFAULT_4XX/5XX applies to every type that falls back to it.
 */
public final class GatewayResponder {
    private static final String JSON = "application/json";

    public HttpResponse respond(Invocation inv, GatewayResponseException error) {
        Map<String, GatewayResponse> custom = inv.deployment().api().settings().gatewayResponses();
        GatewayResponseType fallbackType = error.status() >= 500 ? GatewayResponseType.DEFAULT_5XX
                : GatewayResponseType.DEFAULT_4XX;
        Optional<GatewayResponse> own = Optional.ofNullable(custom.get(error.type().name()));
        Optional<GatewayResponse> fallback = Optional.ofNullable(custom.get(fallbackType.name()));
        Optional<GatewayResponse> effective = own.or(() -> fallback);

        int status = own.flatMap(GatewayResponse::statusCode)
                .or(() -> fallback.flatMap(GatewayResponse::statusCode))
                .flatMap(GatewayResponder::parseStatus)
                .orElse(error.status());

        Map<String, Object> context = errorContext(inv, error);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String body = error.defaultBody();
        String contentType = JSON;
        Optional<Map.Entry<String, String>> template = effective.flatMap(r -> template(r.responseTemplates()));
        if (template.isPresent()) {
            contentType = template.get().getKey();
            body = GatewayTemplate.render(template.get().getValue(), context, inv.stageVariables());
        }
        HttpHeaders.set(headers, "Content-Type", contentType);
        error.headers().forEach((name, value) -> HttpHeaders.set(headers, name, value));
        effective.ifPresent(r -> r.responseParameters().forEach((target, source) -> {
            if (target.startsWith("gatewayresponse.header.")) {
                MappingValues.resolve(source, inv).ifPresent(v ->
                        HttpHeaders.set(headers, target.substring("gatewayresponse.header.".length()), v));
            }
        }));
        error.errorType().ifPresent(t -> HttpHeaders.set(headers, "x-amzn-ErrorType", t));
        inv.log("gateway response", error.type() + " " + status + ": " + error.getMessage()
                + (error.getCause() != null ? " (" + error.getCause().getMessage() + ")" : ""));
        return new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> errorContext(Invocation inv, GatewayResponseException error) {
        Map<String, Object> context = new LinkedHashMap<>(inv.context());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("message", error.getMessage());
        values.put("messageString", Json.quote(error.getMessage()));
        values.put("responseType", error.type().name());
        values.put("validationErrorString", error.validationErrorString().orElse(""));
        context.put("error", values);
        return context;
    }

    private static Optional<Map.Entry<String, String>> template(Map<String, String> templates) {
        if (templates.isEmpty()) {
            return Optional.empty();
        }
        String json = templates.get(JSON);
        if (json != null) {
            return Optional.of(Map.entry(JSON, json));
        }
        return templates.entrySet().stream().findFirst();
    }

    private static Optional<Integer> parseStatus(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
