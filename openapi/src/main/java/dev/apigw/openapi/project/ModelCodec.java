package dev.apigw.openapi.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.json.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The apigw model file ({@code apigwModel: 1} plus the whole {@link ApiDefinition}) that {@code apigw import}
 * writes, in JSON or YAML. Record components map one to one onto keys; a {@link TextValue} is a string or the
 * intrinsic's object, exactly as in OpenAPI.
 */
public final class ModelCodec {
    public static final String MARKER = "apigwModel";
    public static final int VERSION = 1;

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public ModelCodec() {
        this.json = configure(Json.JSON.copy());
        this.yaml = configure(Json.YAML.copy());
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule textValues = new SimpleModule("apigw-text-values");
        textValues.addSerializer(TextValue.class, new TextValueSerializer());
        textValues.addDeserializer(TextValue.class, new TextValueDeserializer());
        return mapper.registerModule(new Jdk8Module()).registerModule(textValues)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static boolean isModel(JsonNode root) {
        return root != null && root.has(MARKER);
    }

    public String write(ApiDefinition api, boolean asYaml) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(MARKER, VERSION);
        doc.put("api", api);
        return Json.write(asYaml ? yaml : json, doc);
    }

    public ApiDefinition read(String file, JsonNode root) {
        int version = root.path(MARKER).asInt(-1);
        if (version != VERSION) {
            throw ApigwException.input(file + ": apigw model version " + root.path(MARKER) + " is not supported "
                    + "(this apigw reads version " + VERSION + "); re-import the OpenAPI file");
        }
        try {
            return json.treeToValue(root.get("api"), ApiDefinition.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, file + ": not a valid apigw model file ("
                    + e.getMessage().lines().findFirst().orElse("") + "); re-import the OpenAPI file", e);
        }
    }

    private static final class TextValueSerializer extends JsonSerializer<TextValue> {
        @Override
        public void serialize(TextValue value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value instanceof TextValue.Intrinsic intrinsic) {
                gen.writeObject(intrinsic.expression());
            } else {
                gen.writeString(value.literal().orElse(""));
            }
        }
    }

    private static final class TextValueDeserializer extends JsonDeserializer<TextValue> {
        @Override
        @SuppressWarnings("unchecked")
        public TextValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node.isObject()) {
                return new TextValue.Intrinsic(Json.JSON.convertValue(node, Map.class));
            }
            return TextValue.of(node.asText());
        }
    }
}
