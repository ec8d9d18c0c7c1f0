package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;

/**
 * An HTTP API's {@code CorsConfiguration} as SAM writes it into {@code x-amazon-apigateway-cors}: {@code true}
 * allows every origin; a map sets each given field over what the definition already says (the property wins).
 * API Gateway then answers preflight requests itself.
 */
final class HttpCors {
    private static final Map<String, String> FIELDS = Map.of("AllowOrigins", "allowOrigins", "AllowHeaders",
            "allowHeaders", "AllowMethods", "allowMethods", "ExposeHeaders", "exposeHeaders", "MaxAge", "maxAge",
            "AllowCredentials", "allowCredentials");

    private HttpCors() {
    }

    static void apply(OpenApiDoc doc, SamResource api, Findings findings) {
        JsonNode cors = api.get("CorsConfiguration");
        if (cors.isMissingNode() || cors.isNull() || cors.isBoolean() && !cors.asBoolean()) {
            return;
        }
        String pointer = api.pointer("CorsConfiguration");
        if (cors.isBoolean()) {
            ObjectNode out = OpenApiDoc.object(doc.root(), "x-amazon-apigateway-cors");
            out.putArray("allowOrigins").add("*");
            return;
        }
        if (!cors.isObject() || Intrinsics.isCall(cors)) {
            findings.rejected(pointer, "CorsConfiguration of " + api.logicalId() + " must be true or a map (an"
                    + " intrinsic function apigw cannot evaluate is not read); ignored",
                    "write CorsConfiguration: { AllowOrigins: [https://example.com] }");
            return;
        }
        for (var names = cors.fieldNames(); names.hasNext();) {
            String key = names.next();
            if (!FIELDS.containsKey(key)) {
                findings.rejected(pointer + "/" + key, "SAM rejects " + api.logicalId() + ": '" + key + "' is not a"
                        + " CorsConfiguration property; no CORS configuration is added", "use " + String.join(", ",
                        new TreeSet<>(FIELDS.keySet())));
                return;
            }
        }
        JsonNode origins = cors.path("AllowOrigins");
        boolean credentials = Numbers.bool(cors.get("AllowCredentials")).orElse(false);
        if (credentials && origins.isArray() && origins.size() == 1 && origins.get(0).asText().equals("*")) {
            findings.rejected(pointer, "SAM rejects " + api.logicalId() + ": AllowCredentials cannot be true when"
                    + " AllowOrigins is *; no CORS configuration is added", "list the allowed origins");
            return;
        }
        ObjectNode out = OpenApiDoc.object(doc.root(), "x-amazon-apigateway-cors");
        for (String key : List.of("AllowOrigins", "AllowHeaders", "AllowMethods", "ExposeHeaders")) {
            JsonNode value = cors.get(key);
            if (value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
                out.set(FIELDS.get(key), value.deepCopy());
            }
        }
        Numbers.integer(cors.get("MaxAge")).ifPresent(age -> out.put("maxAge", age));
        if (credentials) {
            out.put("allowCredentials", true);
        }
    }
}
