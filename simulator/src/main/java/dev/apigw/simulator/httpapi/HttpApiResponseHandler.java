package dev.apigw.simulator.httpapi;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integration's answer as the client's response, changed by the integration's response parameter mapping for
 * that status code ({@code overwrite:statuscode}, {@code append:} / {@code overwrite:} / {@code remove:} on
 * {@code header.x}), whose values may use {@code $response.header.x} and {@code $response.body.x}.
 */
public final class HttpApiResponseHandler implements Handler {

    @Override
    public Outcome handle(Invocation inv) {
        IntegrationResult result = inv.integrationResult().orElseThrow();
        int status = result.status();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        result.headers().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
        String statusKey = String.valueOf(status);
        Map<String, String> mappings = inv.integration()
                .map(i -> i.httpResponseParameters().getOrDefault(statusKey, Map.of()))
                .orElse(Map.of());
        ParameterMapping.Response response = new ParameterMapping.Response(result.headers(), result.body());
        for (Map.Entry<String, String> mapping : mappings.entrySet()) {
            Optional<ParameterMapping.Target> target = ParameterMapping.Target.parse(mapping.getKey());
            if (target.isEmpty()) {
                continue;
            }
            String value = ParameterMapping.evaluate(mapping.getValue(), inv, Optional.of(response));
            ParameterMapping.Target t = target.get();
            if (t.location().equals("statuscode") && t.action().equals("overwrite")) {
                try {
                    int code = Integer.parseInt(value.trim());
                    if (code >= 200 && code <= 599) {
                        status = code;
                    }
                } catch (NumberFormatException e) {
                    inv.log("mapping", "Ignoring overwrite:statuscode " + value + ": not a status code");
                }
            } else if (t.location().equals("header")) {
                switch (t.action()) {
                    case "remove" -> HttpHeaders.remove(headers, t.name());
                    case "overwrite" -> HttpHeaders.set(headers, t.name(), value);
                    default -> HttpHeaders.add(headers, t.name(), value);
                }
            }
        }
        inv.response(new HttpResponse(status, headers, result.body()));
        return Outcome.RESPOND;
    }
}
