package dev.apigw.openapi.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading a map of named sections from the project file, for the readers of its parts. */
final class MapEntries {
    /** Where a reader collects what is wrong: the JSON pointer, the message and a hint. */
    @FunctionalInterface
    interface Problems {
        void report(String pointer, String message, String hint);
    }

    private MapEntries() {
    }

    /**
     * The entries of {@code node.key} whose values are maps (an empty entry counts as an empty map); anything else
     * is reported, the hint pointing at the page of docs/ that documents it.
     */
    static Map<String, JsonNode> objects(JsonNode node, String key, String pointer, String readmeSection,
            Problems problems) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return out;
        }
        String hint = "see " + readmeSection;
        if (!value.isObject()) {
            problems.report(pointer + "/" + key, key + " must be a map", hint);
            return out;
        }
        value.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                out.put(e.getKey(), e.getValue());
            } else if (e.getValue().isNull()) {
                out.put(e.getKey(), JsonNodeFactory.instance.objectNode());
            } else {
                problems.report(pointer + "/" + key + "/" + escape(e.getKey()), key + "." + e.getKey()
                        + " must be a map", hint);
            }
        });
        return out;
    }

    /** A map key as one JSON pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
