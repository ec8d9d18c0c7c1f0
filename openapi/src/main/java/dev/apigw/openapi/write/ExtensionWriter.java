package dev.apigw.openapi.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.api.Documentation;
import dev.apigw.model.api.EndpointConfiguration;
import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.RequestValidator;
import dev.apigw.model.api.TextValue;
import dev.apigw.openapi.json.Json;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Writes the typed extension values back as the JSON AWS documents (the inverse of the import readers). */
final class ExtensionWriter {
    private final UnaryOperator<String> stageVariables;

    /** @param stageVariables substitutes {@code ${stageVariables.x}} in URIs when exporting a stage */
    ExtensionWriter(UnaryOperator<String> stageVariables) {
        this.stageVariables = stageVariables;
    }

    ObjectNode integration(Integration i) {
        ObjectNode o = Json.JSON.createObjectNode();
        if (i.ref().isPresent()) {
            o.put("$ref", i.ref().get());
            return o;
        }
        i.type().ifPresent(t -> o.put("type", t.exportName()));
        i.uri().ifPresent(u -> o.set("uri", text(u, stageVariables)));
        i.httpMethod().ifPresent(v -> o.put("httpMethod", v));
        i.credentials().ifPresent(v -> o.set("credentials", text(v, UnaryOperator.identity())));
        putMap(o, "requestParameters", i.requestParameters());
        putTexts(o, "requestTemplates", i.requestTemplates());
        if (!i.responses().isEmpty()) {
            ObjectNode responses = o.putObject("responses");
            for (IntegrationResponse r : i.responses()) {
                ObjectNode ro = responses.putObject(r.selectionPattern());
                ro.put("statusCode", r.statusCode());
                putMap(ro, "responseParameters", r.responseParameters());
                putTexts(ro, "responseTemplates", r.responseTemplates());
                r.contentHandling().ifPresent(c -> ro.put("contentHandling", c.name()));
                putRaw(ro, r.unknownProperties());
            }
        }
        i.passthroughBehavior().ifPresent(p -> o.put("passthroughBehavior", p.exportName()));
        i.contentHandling().ifPresent(c -> o.put("contentHandling", c.name()));
        if (!i.cacheKeyParameters().isEmpty()) {
            i.cacheKeyParameters().forEach(o.putArray("cacheKeyParameters")::add);
        }
        i.cacheNamespace().ifPresent(v -> o.put("cacheNamespace", v));
        i.timeoutInMillis().ifPresent(v -> o.put("timeoutInMillis", v));
        i.connectionType().ifPresent(v -> o.put("connectionType", v));
        i.connectionId().ifPresent(v -> o.set("connectionId", text(v, stageVariables)));
        i.tlsConfig().ifPresent(t -> {
            ObjectNode tls = o.putObject("tlsConfig");
            t.insecureSkipVerification().ifPresent(v -> tls.put("insecureSkipVerification", v));
            t.serverNameToVerify().ifPresent(v -> tls.put("serverNameToVerify", v));
        });
        i.payloadFormatVersion().ifPresent(v -> o.put("payloadFormatVersion", v));
        i.integrationSubtype().ifPresent(v -> o.put("integrationSubtype", v));
        i.responseTransferMode().ifPresent(v -> o.put("responseTransferMode", v));
        if (!i.httpResponseParameters().isEmpty()) {
            ObjectNode rp = o.putObject("responseParameters");
            i.httpResponseParameters().forEach((status, map) -> putMap(rp.putObject(status), null, map));
        }
        putRaw(o, i.unknownProperties());
        return o;
    }

    ObjectNode authorizer(Authorizer a) {
        ObjectNode o = Json.JSON.createObjectNode();
        a.type().ifPresent(t -> o.put("type", t.exportName()));
        a.authorizerUri().ifPresent(v -> o.set("authorizerUri", text(v, stageVariables)));
        a.authorizerCredentials().ifPresent(v -> o.set("authorizerCredentials", text(v, UnaryOperator.identity())));
        a.identitySource().ifPresent(v -> o.put("identitySource", v));
        a.identityValidationExpression().ifPresent(v -> o.put("identityValidationExpression", v));
        a.authorizerResultTtlInSeconds().ifPresent(v -> o.put("authorizerResultTtlInSeconds", v));
        if (!a.providerARNs().isEmpty()) {
            a.providerARNs().forEach(arn -> o.withArray("providerARNs").add(text(arn, UnaryOperator.identity())));
        }
        a.jwtConfiguration().ifPresent(j -> {
            ObjectNode jo = o.putObject("jwtConfiguration");
            j.issuer().ifPresent(v -> jo.set("issuer", text(v, UnaryOperator.identity())));
            if (!j.audience().isEmpty()) {
                j.audience().forEach(v -> jo.withArray("audience").add(text(v, UnaryOperator.identity())));
            }
        });
        a.authorizerPayloadFormatVersion().ifPresent(v -> o.put("authorizerPayloadFormatVersion", v));
        a.enableSimpleResponses().ifPresent(v -> o.put("enableSimpleResponses", v));
        putRaw(o, a.unknownProperties());
        return o;
    }

    /** Root-level extensions, in AWS's documented order. */
    void rootExtensions(ObjectNode doc, ApiSettings s) {
        s.apiKeySource().ifPresent(v -> doc.put("x-amazon-apigateway-api-key-source", v.name()));
        s.binaryMediaTypes().ifPresent(v -> putList(doc, "x-amazon-apigateway-binary-media-types", v));
        if (!s.gatewayResponses().isEmpty()) {
            ObjectNode gr = doc.putObject("x-amazon-apigateway-gateway-responses");
            for (GatewayResponse r : s.gatewayResponses().values()) {
                ObjectNode ro = gr.putObject(r.type());
                r.statusCode().ifPresent(v -> ro.put("statusCode", v));
                putMap(ro, "responseParameters", r.responseParameters());
                putMap(ro, "responseTemplates", r.responseTemplates());
                putRaw(ro, r.unknownProperties());
            }
        }
        if (!s.requestValidators().isEmpty()) {
            ObjectNode rv = doc.putObject("x-amazon-apigateway-request-validators");
            for (RequestValidator v : s.requestValidators().values()) {
                rv.putObject(v.name()).put("validateRequestBody", v.validateRequestBody())
                        .put("validateRequestParameters", v.validateRequestParameters());
            }
        }
        s.defaultRequestValidator().ifPresent(v -> doc.put("x-amazon-apigateway-request-validator", v));
        s.cors().ifPresent(c -> doc.set("x-amazon-apigateway-cors", cors(c)));
        s.endpointConfiguration().filter(e -> !e.inServer())
                .ifPresent(e -> doc.set("x-amazon-apigateway-endpoint-configuration", endpoint(e)));
        s.policy().ifPresent(p -> doc.set("x-amazon-apigateway-policy", Json.tree(p)));
        s.minimumCompressionSize().ifPresent(v -> doc.put("x-amazon-apigateway-minimum-compression-size", v));
        s.documentation().ifPresent(d -> doc.set("x-amazon-apigateway-documentation", documentation(d)));
        s.importExportVersion().ifPresent(v -> doc.put("x-amazon-apigateway-importexport-version", v));
        s.securityPolicy().ifPresent(v -> doc.put("x-amazon-apigateway-security-policy", v));
        s.endpointAccessMode().ifPresent(v -> doc.put("x-amazon-apigateway-endpoint-access-mode", v));
        s.auth().ifPresent(a -> doc.putObject("x-amazon-apigateway-auth").put("type", a.type()));
    }

    ObjectNode endpoint(EndpointConfiguration e) {
        ObjectNode o = Json.JSON.createObjectNode();
        e.types().ifPresent(v -> putList(o, "types", v));
        e.vpcEndpointIds().ifPresent(v -> putList(o, "vpcEndpointIds", v));
        e.disableExecuteApiEndpoint().ifPresent(v -> o.put("disableExecuteApiEndpoint", v));
        return o;
    }

    private static ObjectNode cors(CorsConfiguration c) {
        ObjectNode o = Json.JSON.createObjectNode();
        c.allowOrigins().ifPresent(v -> putList(o, "allowOrigins", v));
        c.allowCredentials().ifPresent(v -> o.put("allowCredentials", v));
        c.exposeHeaders().ifPresent(v -> putList(o, "exposeHeaders", v));
        c.maxAge().ifPresent(v -> o.put("maxAge", v));
        c.allowMethods().ifPresent(v -> putList(o, "allowMethods", v));
        c.allowHeaders().ifPresent(v -> putList(o, "allowHeaders", v));
        return o;
    }

    private static ObjectNode documentation(Documentation d) {
        ObjectNode o = Json.JSON.createObjectNode();
        d.version().ifPresent(v -> o.put("version", v));
        if (!d.documentationParts().isEmpty()) {
            for (Documentation.DocumentationPart part : d.documentationParts()) {
                ObjectNode po = o.withArray("documentationParts").addObject();
                po.set("location", Json.tree(part.location()));
                po.set("properties", Json.tree(part.properties()));
            }
        }
        putRaw(o, d.unknownProperties());
        return o;
    }

    static JsonNode text(TextValue value, UnaryOperator<String> substitute) {
        if (value instanceof TextValue.Intrinsic intrinsic) {
            return Json.tree(intrinsic.expression());
        }
        return Json.JSON.getNodeFactory().textNode(substitute.apply(value.literal().orElse("")));
    }

    static void putMap(ObjectNode o, String key, Map<String, String> map) {
        if (map.isEmpty() && key != null) {
            return;
        }
        ObjectNode target = key == null ? o : o.putObject(key);
        map.forEach(target::put);
    }

    private static void putTexts(ObjectNode o, String key, Map<String, TextValue> map) {
        if (map.isEmpty()) {
            return;
        }
        ObjectNode target = o.putObject(key);
        map.forEach((k, v) -> target.set(k, text(v, UnaryOperator.identity())));
    }

    static void putList(ObjectNode o, String key, List<String> values) {
        values.forEach(o.putArray(key)::add);
    }

    static void putRaw(ObjectNode o, Map<String, Object> raw) {
        raw.forEach((k, v) -> o.set(k, Json.tree(v)));
    }

}
