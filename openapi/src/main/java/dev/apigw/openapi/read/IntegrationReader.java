package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ContentHandling;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.PassthroughBehavior;
import dev.apigw.model.api.TlsConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code x-amazon-apigateway-integration} objects (and the entries of {@code -integrations}). */
final class IntegrationReader {
    static final Set<String> KNOWN = Set.of("type", "uri", "httpMethod", "credentials", "requestParameters",
            "requestTemplates", "responses", "passthroughBehavior", "contentHandling", "cacheKeyParameters",
            "cacheNamespace", "timeoutInMillis", "connectionType", "connectionId", "tlsConfig",
            "payloadFormatVersion", "integrationSubtype", "responseTransferMode", "responseParameters", "$ref", "integrationTarget");
    private static final Set<String> RESPONSE_KNOWN = Set.of("statusCode", "responseParameters",
            "responseTemplates", "contentHandling");

    private final ReadContext ctx;

    IntegrationReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Optional<Integration> read(JsonNode node, String pointer) {
        if (!(node instanceof ObjectNode obj)) {
            ctx.invalid(pointer, "x-amazon-apigateway-integration must be an object, not " + ReadContext.kind(node));
            return Optional.empty();
        }
        if (obj.has("$ref")) {
            return Optional.of(Integration.reference(obj.get("$ref").asText()));
        }
        Integration.Builder b = Integration.builder();
        Optional<String> typeText = ctx.string(obj, "type", pointer);
        if (typeText.isEmpty()) {
            ctx.error(RuleIds.INVALID_EXTENSION_VALUE, pointer, "integration has no type",
                    "add type: mock, http, http_proxy, aws or aws_proxy");
        }
        typeText.ifPresent(t -> {
            Optional<IntegrationType> type = IntegrationType.parse(t);
            if (type.isEmpty()) {
                ctx.invalid(Pointer.child(pointer, "type"), "unknown integration type '" + t
                        + "'; use mock, http, http_proxy, aws or aws_proxy");
            }
            type.ifPresent(b::type);
        });
        ctx.text(obj, "uri", pointer).ifPresent(b::uri);
        ctx.string(obj, "httpMethod", pointer).ifPresent(b::httpMethod);
        ctx.text(obj, "credentials", pointer).ifPresent(b::credentials);
        b.requestParameters(ctx.stringMap(obj, "requestParameters", pointer));
        b.requestTemplates(ctx.textMap(obj, "requestTemplates", pointer));
        ctx.string(obj, "passthroughBehavior", pointer).ifPresent(t -> {
            Optional<PassthroughBehavior> p = PassthroughBehavior.parse(t);
            if (p.isEmpty()) {
                ctx.invalid(Pointer.child(pointer, "passthroughBehavior"), "unknown passthroughBehavior '" + t
                        + "'; use when_no_match, when_no_templates or never");
            }
            p.ifPresent(b::passthroughBehavior);
        });
        contentHandling(obj, pointer).ifPresent(b::contentHandling);
        ctx.stringList(obj, "cacheKeyParameters", pointer).ifPresent(b::cacheKeyParameters);
        ctx.string(obj, "cacheNamespace", pointer).ifPresent(b::cacheNamespace);
        ctx.integer(obj, "timeoutInMillis", pointer).ifPresent(b::timeoutInMillis);
        ctx.string(obj, "connectionType", pointer).ifPresent(b::connectionType);
        ctx.text(obj, "connectionId", pointer).ifPresent(b::connectionId);
        ctx.object(obj, "tlsConfig", pointer).ifPresent(tls -> {
            String p = Pointer.child(pointer, "tlsConfig");
            b.tlsConfig(new TlsConfig(ctx.bool(tls, "insecureSkipVerification", p),
                    ctx.string(tls, "serverNameToVerify", p)));
            ctx.unknownProperties(tls, Set.of("insecureSkipVerification", "serverNameToVerify"), p, "tlsConfig");
        });
        ctx.string(obj, "payloadFormatVersion", pointer).ifPresent(b::payloadFormatVersion);
        ctx.string(obj, "integrationSubtype", pointer).ifPresent(b::integrationSubtype);
        ctx.string(obj, "responseTransferMode", pointer).ifPresent(b::responseTransferMode);
        b.responses(responses(obj, pointer));
        b.httpResponseParameters(httpResponseParameters(obj, pointer));
        Map<String, Object> kept = new LinkedHashMap<>(ctx.unknownProperties(obj, KNOWN, pointer,
                "x-amazon-apigateway-integration"));
        // integrationTarget (private integrations with VPC link v2) is AWS's, but nothing local acts on it.
        if (obj.has("integrationTarget")) {
            kept.put("integrationTarget", dev.apigw.openapi.json.Json.plain(obj.get("integrationTarget")));
        }
        b.unknownProperties(kept);
        return Optional.of(b.build());
    }

    private Optional<ContentHandling> contentHandling(ObjectNode obj, String pointer) {
        return ctx.string(obj, "contentHandling", pointer).flatMap(t -> {
            Optional<ContentHandling> c = ContentHandling.parse(t);
            if (c.isEmpty()) {
                ctx.invalid(Pointer.child(pointer, "contentHandling"), "unknown contentHandling '" + t
                        + "'; use CONVERT_TO_TEXT or CONVERT_TO_BINARY");
            }
            return c;
        });
    }

    private List<IntegrationResponse> responses(ObjectNode obj, String pointer) {
        List<IntegrationResponse> out = new ArrayList<>();
        ctx.object(obj, "responses", pointer).ifPresent(responses -> {
            String base = Pointer.child(pointer, "responses");
            responses.fields().forEachRemaining(e -> {
                String p = Pointer.child(base, e.getKey());
                if (!(e.getValue() instanceof ObjectNode r)) {
                    ctx.invalid(p, "integration response '" + e.getKey() + "' must be an object");
                    return;
                }
                String status = ctx.string(r, "statusCode", p).orElse("");
                if (status.isEmpty()) {
                    ctx.error(RuleIds.INVALID_EXTENSION_VALUE, p, "integration response '" + e.getKey()
                            + "' has no statusCode", "add statusCode: \"200\" (a status of a method response)");
                }
                out.add(new IntegrationResponse(e.getKey(), status, ctx.stringMap(r, "responseParameters", p),
                        ctx.textMap(r, "responseTemplates", p), contentHandling(r, p),
                        ctx.unknownProperties(r, RESPONSE_KNOWN, p, "integration response")));
            });
        });
        return out;
    }

    /** HTTP APIs: {@code responseParameters} keyed by backend status code, each a map of mappings. */
    private Map<String, Map<String, String>> httpResponseParameters(ObjectNode obj, String pointer) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        ctx.object(obj, "responseParameters", pointer).ifPresent(params -> {
            String base = Pointer.child(pointer, "responseParameters");
            params.fields().forEachRemaining(e -> out.put(e.getKey(), ctx.stringMap(params, e.getKey(), base)));
        });
        return out;
    }
}
