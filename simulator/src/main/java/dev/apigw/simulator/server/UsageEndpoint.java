package dev.apigw.simulator.server;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.gateway.Json;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.traffic.UsageReport;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /_apigw/usage[?keyId=ID|?key=NAME]}: the usage plans' quota use, for {@code apigw usage}. The
 * {@code /_apigw/} prefix keeps it apart from API paths (a stage name would have to be {@code _apigw} to clash).
 * An unknown key answers 404, like {@code get-usage} with an unknown key id.
 */
final class UsageEndpoint {
    static final String PATH = "/_apigw/usage";

    private UsageEndpoint() {
    }

    static void handle(Gateway gateway, Context ctx) throws java.io.IOException {
        Optional<String> key = Optional.ofNullable(ctx.queryParam("keyId"))
                .or(() -> Optional.ofNullable(ctx.queryParam("key"))).filter(k -> !k.isBlank());
        Optional<UsageReport> report = gateway.simulator(gateway.stageNames().get(0)).usage(key);
        HttpResponse response = report.map(r -> json(200, r.toJson()))
                .orElseGet(() -> json(404, "{\"message\":" + Json.quote("No usage plan lists an API key named or "
                        + "with id '" + key.orElse("") + "'") + "}"));
        ExchangeAdapter.write(ctx, response);
    }

    private static HttpResponse json(int status, String body) {
        return new HttpResponse(status, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
