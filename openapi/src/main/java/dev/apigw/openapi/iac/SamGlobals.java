package dev.apigw.openapi.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SAM's {@code Globals}, merged into a resource's properties as the SAM specification says: maps merge key by
 * key, lists are the global entries followed by the resource's, and any other value of the resource replaces the
 * global one.
 */
public final class SamGlobals {
    private SamGlobals() {
    }

    public static JsonNode merge(JsonNode globals, JsonNode properties) {
        if (globals == null || globals.isMissingNode() || globals.isNull()) {
            return properties;
        }
        if (properties == null || properties.isMissingNode() || properties.isNull()) {
            return globals.deepCopy();
        }
        if (globals.isObject() && properties.isObject()) {
            ObjectNode merged = ((ObjectNode) globals).deepCopy();
            properties.fields().forEachRemaining(e -> merged.set(e.getKey(), merge(globals.get(e.getKey()),
                    e.getValue())));
            return merged;
        }
        if (globals.isArray() && properties.isArray()) {
            ArrayNode merged = ((ArrayNode) globals).deepCopy();
            properties.forEach(v -> merged.add(v.deepCopy()));
            return merged;
        }
        return properties;
    }
}
