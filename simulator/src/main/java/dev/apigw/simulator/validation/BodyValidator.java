package dev.apigw.simulator.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.apigw.model.api.ModelSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates bodies against the API's models as JSON Schema draft 4, API Gateway's dialect. References between
 * models ({@code #/components/schemas/X}, {@code #/definitions/X}, and AWS's canonical
 * {@code https://apigateway.amazonaws.com/restapis/{id}/models/X}) resolve inside the API. Schemas are compiled
 * once per model and reused.
 */
final class BodyValidator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ModelSchema> models;
    private final Map<Object, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    BodyValidator(Map<String, ModelSchema> models) {
        this.models = models;
    }

    /**
     * The problems found, empty when the body is valid, worded and ordered as API Gateway's validator words them
     * ({@link AwsSchemaMessages}).
     */
    List<String> validate(Map<String, Object> schema, String body) {
        JsonNode document;
        try {
            document = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            return List.of(AwsSchemaMessages.UNPARSEABLE);
        }
        JsonSchema compiledSchema = compiled.computeIfAbsent(schema, s -> compile(schema));
        Set<ValidationMessage> messages = compiledSchema.validate(document);
        return AwsSchemaMessages.describe(messages, compiledSchema.getSchemaNode());
    }

    private JsonSchema compile(Map<String, Object> schema) {
        ObjectNode root = JSON.valueToTree(schema);
        ObjectNode components = root.putObject("components").putObject("schemas");
        ObjectNode definitions = root.has("definitions") ? (ObjectNode) root.get("definitions")
                : root.putObject("definitions");
        models.forEach((name, model) -> {
            JsonNode node = JSON.valueToTree(model.schema());
            components.set(name, node);
            if (!definitions.has(name)) {
                definitions.set(name, node);
            }
        });
        ModelReferences.localise(root);
        return factory.getSchema(root);
    }
}
