package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiKeySource;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.api.Documentation;
import dev.apigw.model.api.EndpointConfiguration;
import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.model.api.RequestValidator;
import dev.apigw.model.api.RouteAuth;
import dev.apigw.openapi.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the API-wide extensions at the document root into {@link ApiSettings}. */
final class RootExtensionsReader {
    static final Set<String> ROOT_EXTENSIONS = Set.of("x-amazon-apigateway-api-key-source",
            "x-amazon-apigateway-binary-media-types", "x-amazon-apigateway-gateway-responses",
            "x-amazon-apigateway-request-validators", "x-amazon-apigateway-request-validator",
            "x-amazon-apigateway-cors", "x-amazon-apigateway-endpoint-configuration", "x-amazon-apigateway-policy",
            "x-amazon-apigateway-minimum-compression-size", "x-amazon-apigateway-documentation",
            "x-amazon-apigateway-importexport-version", "x-amazon-apigateway-security-policy",
            "x-amazon-apigateway-endpoint-access-mode", "x-amazon-apigateway-auth");

    private final ReadContext ctx;

    RootExtensionsReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    ApiSettings read(ObjectNode root, Optional<EndpointConfiguration> fromServers) {
        String p = "";
        Optional<ApiKeySource> keySource = ctx.string(root, "x-amazon-apigateway-api-key-source", p).flatMap(t -> {
            try {
                return Optional.of(ApiKeySource.valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                ctx.invalid("/x-amazon-apigateway-api-key-source", "api key source must be HEADER or AUTHORIZER");
                return Optional.empty();
            }
        });
        Optional<EndpointConfiguration> endpoint = ctx.object(root, "x-amazon-apigateway-endpoint-configuration", p)
                .map(o -> endpointConfiguration(o, "/x-amazon-apigateway-endpoint-configuration", false))
                .or(() -> fromServers);
        Optional<Map<String, Object>> policy = Optional.empty();
        JsonNode policyNode = root.get("x-amazon-apigateway-policy");
        if (policyNode != null && policyNode.isObject()) {
            policy = Optional.of(Json.plainObject(policyNode));
        } else if (policyNode != null) {
            ctx.invalid("/x-amazon-apigateway-policy", "x-amazon-apigateway-policy must be an IAM policy object");
        }
        return new ApiSettings(keySource,
                ctx.stringList(root, "x-amazon-apigateway-binary-media-types", p),
                gatewayResponses(root),
                requestValidators(root),
                ctx.string(root, "x-amazon-apigateway-request-validator", p),
                ctx.object(root, "x-amazon-apigateway-cors", p).map(this::cors),
                endpoint,
                policy,
                ctx.integer(root, "x-amazon-apigateway-minimum-compression-size", p),
                ctx.object(root, "x-amazon-apigateway-documentation", p).map(this::documentation),
                ctx.string(root, "x-amazon-apigateway-importexport-version", p),
                ctx.string(root, "x-amazon-apigateway-security-policy", p),
                ctx.string(root, "x-amazon-apigateway-endpoint-access-mode", p),
                ctx.object(root, "x-amazon-apigateway-auth", p).map(a -> routeAuth(a, "/x-amazon-apigateway-auth")));
    }

    RouteAuth routeAuth(ObjectNode obj, String pointer) {
        ctx.unknownProperties(obj, Set.of("type"), pointer, "x-amazon-apigateway-auth");
        return new RouteAuth(ctx.string(obj, "type", pointer).orElse("NONE"));
    }

    EndpointConfiguration endpointConfiguration(ObjectNode obj, String pointer, boolean inServer) {
        ctx.unknownProperties(obj, Set.of("types", "vpcEndpointIds", "disableExecuteApiEndpoint"), pointer,
                "x-amazon-apigateway-endpoint-configuration");
        return new EndpointConfiguration(ctx.stringList(obj, "types", pointer),
                ctx.stringList(obj, "vpcEndpointIds", pointer), ctx.bool(obj, "disableExecuteApiEndpoint", pointer),
                inServer);
    }

    private Map<String, GatewayResponse> gatewayResponses(ObjectNode root) {
        Map<String, GatewayResponse> out = new LinkedHashMap<>();
        String base = "/x-amazon-apigateway-gateway-responses";
        ctx.object(root, "x-amazon-apigateway-gateway-responses", "").ifPresent(o -> o.fields().forEachRemaining(e -> {
            String p = Pointer.child(base, e.getKey());
            if (GatewayResponseType.parse(e.getKey()).isEmpty()) {
                ctx.warn(RuleIds.INVALID_EXTENSION_VALUE, p, "API Gateway has no gateway response type '"
                        + e.getKey() + "' (kept)", "use one of " + List.of(GatewayResponseType.values()));
            }
            if (!(e.getValue() instanceof ObjectNode r)) {
                ctx.invalid(p, "gateway response '" + e.getKey() + "' must be an object");
                return;
            }
            out.put(e.getKey(), new GatewayResponse(e.getKey(), ctx.string(r, "statusCode", p),
                    ctx.stringMap(r, "responseParameters", p), ctx.stringMap(r, "responseTemplates", p),
                    ctx.unknownProperties(r, Set.of("statusCode", "responseParameters", "responseTemplates"), p,
                            "gateway response")));
        }));
        return out;
    }

    private Map<String, RequestValidator> requestValidators(ObjectNode root) {
        Map<String, RequestValidator> out = new LinkedHashMap<>();
        String base = "/x-amazon-apigateway-request-validators";
        ctx.object(root, "x-amazon-apigateway-request-validators", "").ifPresent(o -> o.fields().forEachRemaining(e -> {
            String p = Pointer.child(base, e.getKey());
            if (!(e.getValue() instanceof ObjectNode v)) {
                ctx.invalid(p, "request validator '" + e.getKey() + "' must be an object");
                return;
            }
            ctx.unknownProperties(v, Set.of("validateRequestBody", "validateRequestParameters"), p,
                    "request validator");
            out.put(e.getKey(), new RequestValidator(e.getKey(),
                    ctx.bool(v, "validateRequestBody", p).orElse(false),
                    ctx.bool(v, "validateRequestParameters", p).orElse(false)));
        }));
        return out;
    }

    private CorsConfiguration cors(ObjectNode o) {
        String p = "/x-amazon-apigateway-cors";
        ctx.unknownProperties(o, Set.of("allowOrigins", "allowCredentials", "exposeHeaders", "maxAge",
                "allowMethods", "allowHeaders"), p, "x-amazon-apigateway-cors");
        return new CorsConfiguration(ctx.stringList(o, "allowOrigins", p), ctx.bool(o, "allowCredentials", p),
                ctx.stringList(o, "exposeHeaders", p), ctx.integer(o, "maxAge", p),
                ctx.stringList(o, "allowMethods", p), ctx.stringList(o, "allowHeaders", p));
    }

    private Documentation documentation(ObjectNode o) {
        String p = "/x-amazon-apigateway-documentation";
        List<Documentation.DocumentationPart> parts = new ArrayList<>();
        JsonNode list = o.get("documentationParts");
        if (list != null && list.isArray()) {
            for (JsonNode part : list) {
                Map<String, Object> location = part.has("location") && part.get("location").isObject()
                        ? Json.plainObject(part.get("location")) : Map.of();
                parts.add(new Documentation.DocumentationPart(location,
                        part.has("properties") ? Json.plain(part.get("properties")) : Map.of()));
            }
        }
        // AWS's own exports carry createdDate: known, so no warning, but kept as written.
        Map<String, Object> extra = new LinkedHashMap<>(ctx.unknownProperties(o, Set.of("version",
                "documentationParts", "createdDate"), p, "x-amazon-apigateway-documentation"));
        if (o.has("createdDate")) {
            extra.put("createdDate", Json.plain(o.get("createdDate")));
        }
        return new Documentation(ctx.string(o, "version", p), parts, extra);
    }
}
