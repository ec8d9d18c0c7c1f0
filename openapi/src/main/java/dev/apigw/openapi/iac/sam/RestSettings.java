package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;

/**
 * The REST API properties SAM (or CloudFormation, from the RestApi it creates) turns into root extensions of the
 * definition: {@code GatewayResponses}, {@code BinaryMediaTypes} ({@code ~1} standing for {@code /}),
 * {@code Models}, {@code EndpointConfiguration}, {@code MinimumCompressionSize}, {@code ApiKeySourceType},
 * {@code DisableExecuteApiEndpoint}, and {@code Name}/{@code Description} as the title and description
 * {@code get-export} shows.
 */
final class RestSettings {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> RESPONSE_KEYS = Set.of("ResponseParameters", "ResponseTemplates", "StatusCode");
    private static final Set<String> PARAMETER_KINDS = Set.of("Headers", "Paths", "QueryStrings");

    private RestSettings() {
    }

    /** The ones SAM writes into an inline definition only (with DefinitionUri it rejects them). */
    static void inlineOnly(OpenApiDoc doc, SamResource api, Findings findings) {
        gatewayResponses(doc, api, findings);
        models(doc, api, findings);
    }

    /** The ones that are properties of the RestApi itself, so they apply whatever holds the definition. */
    static void restApi(OpenApiDoc doc, SamResource api, Findings findings) {
        binaryMediaTypes(doc, api);
        endpointConfiguration(doc, api, findings);
        api.text("MinimumCompressionSize").filter(s -> s.matches("\\d+")).ifPresent(size -> doc.root()
                .put("x-amazon-apigateway-minimum-compression-size", Integer.parseInt(size)));
        api.text("ApiKeySourceType").ifPresent(source -> doc.root().put("x-amazon-apigateway-api-key-source",
                source.toUpperCase(Locale.ROOT)));
        if (api.get("DisableExecuteApiEndpoint").isBoolean()) {
            doc.disableExecuteApiEndpoint(api.get("DisableExecuteApiEndpoint").asBoolean());
        }
        ObjectNode info = OpenApiDoc.object(doc.root(), "info");
        api.text("Name").ifPresent(name -> info.put("title", name));
        api.text("Description").ifPresent(description -> info.put("description", description));
    }

    private static void gatewayResponses(OpenApiDoc doc, SamResource api, Findings findings) {
        JsonNode responses = api.get("GatewayResponses");
        if (!responses.isObject()) {
            if (!responses.isMissingNode()) {
                findings.rejected(api.pointer("GatewayResponses"), "SAM rejects " + api.logicalId()
                        + ": GatewayResponses must map response types to responses; ignored",
                        "write GatewayResponses: { DEFAULT_4XX: { StatusCode: 400 } }");
            }
            return;
        }
        ObjectNode out = OpenApiDoc.object(doc.root(), "x-amazon-apigateway-gateway-responses");
        responses.fields().forEachRemaining(e -> {
            String pointer = api.pointer("GatewayResponses", e.getKey());
            JsonNode response = e.getValue();
            if (!response.isObject() || !fieldsWithin(response, RESPONSE_KEYS)
                    || !fieldsWithin(response.path("ResponseParameters"), PARAMETER_KINDS)) {
                findings.rejected(pointer, "SAM rejects gateway response " + e.getKey() + " of " + api.logicalId()
                        + ": it takes StatusCode, ResponseTemplates and ResponseParameters (Headers, Paths,"
                        + " QueryStrings) only; ignored", "write " + e.getKey() + ": { StatusCode: 403,"
                        + " ResponseParameters: { Headers: { Access-Control-Allow-Origin: \"'*'\" } } }");
                return;
            }
            String status = response.path("StatusCode").asText("");
            if (!status.isEmpty() && !status.matches("\\d{1,3}")) {
                findings.rejected(pointer + "/StatusCode", "SAM rejects gateway response " + e.getKey()
                        + ": StatusCode must be numeric; ignored", "write StatusCode: 403");
                return;
            }
            ObjectNode written = out.putObject(e.getKey());
            ObjectNode parameters = written.putObject("responseParameters");
            prefixed(parameters, response.path("ResponseParameters").path("Headers"), "header.");
            prefixed(parameters, response.path("ResponseParameters").path("Paths"), "path.");
            prefixed(parameters, response.path("ResponseParameters").path("QueryStrings"), "querystring.");
            written.set("responseTemplates", response.has("ResponseTemplates")
                    ? response.get("ResponseTemplates").deepCopy() : NODES.objectNode());
            if (!status.isEmpty()) {
                written.put("statusCode", status);
            }
        });
    }

    private static boolean fieldsWithin(JsonNode node, Set<String> allowed) {
        for (var names = node.fieldNames(); names.hasNext();) {
            if (!allowed.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    private static void prefixed(ObjectNode parameters, JsonNode values, String prefix) {
        values.fields().forEachRemaining(e -> parameters.set("gatewayresponse." + prefix + e.getKey(),
                e.getValue().deepCopy()));
    }

    /** {@code Models} become definitions named in lower case, as SAM names them (request models refer to those). */
    private static void models(OpenApiDoc doc, SamResource api, Findings findings) {
        JsonNode models = api.get("Models");
        if (models.isMissingNode()) {
            return;
        }
        if (!models.isObject()) {
            findings.rejected(api.pointer("Models"), "SAM rejects " + api.logicalId() + ": Models must map names"
                    + " to JSON schemas; ignored", "write Models: { User: { type: object, properties: {...} } }");
            return;
        }
        models.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject() || !e.getValue().has("type")) {
                findings.rejected(api.pointer("Models", e.getKey()), "SAM rejects model " + e.getKey() + " of "
                        + api.logicalId() + ": a model schema needs a 'type'; ignored", "add type: object");
                return;
            }
            doc.models().set(e.getKey().toLowerCase(Locale.ROOT), e.getValue().deepCopy());
        });
    }

    private static void binaryMediaTypes(OpenApiDoc doc, SamResource api) {
        JsonNode types = api.get("BinaryMediaTypes");
        if (!types.isArray()) {
            return;
        }
        ArrayNode out = doc.root().putArray("x-amazon-apigateway-binary-media-types");
        types.forEach(t -> out.add(t.isTextual() ? NODES.textNode(t.asText().replace("~1", "/")) : t.deepCopy()));
    }

    /** {@code REGIONAL} or {@code {Type, VPCEndpointIds}}, as SAM sets the RestApi's EndpointConfiguration. */
    private static void endpointConfiguration(OpenApiDoc doc, SamResource api, Findings findings) {
        JsonNode value = api.get("EndpointConfiguration");
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        String type;
        JsonNode endpoints = null;
        if (value.isTextual()) {
            type = value.asText();
        } else if (value.isObject() && value.path("Type").isTextual()) {
            type = value.get("Type").asText();
            endpoints = value.get("VPCEndpointIds");
        } else {
            findings.rejected(api.pointer("EndpointConfiguration"), "EndpointConfiguration of " + api.logicalId()
                    + " must be EDGE, REGIONAL or PRIVATE, or {Type, VPCEndpointIds}; ignored",
                    "write EndpointConfiguration: REGIONAL");
            return;
        }
        ObjectNode configuration = OpenApiDoc.object(doc.root(), "x-amazon-apigateway-endpoint-configuration");
        configuration.putArray("types").add(type.toUpperCase(Locale.ROOT));
        if (endpoints != null && endpoints.isArray()) {
            configuration.set("vpcEndpointIds", endpoints.deepCopy());
        }
    }
}
