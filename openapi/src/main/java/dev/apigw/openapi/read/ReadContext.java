package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.source.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads of extension values with findings at the value's file position. A value of the wrong type is
 * reported and skipped rather than guessed at.
 */
final class ReadContext {
    static final String AWS_PREFIX = "x-amazon-apigateway-";

    private final SourceDocument source;
    private final String pointerPrefix;
    private final Diagnostics diagnostics;

    ReadContext(SourceDocument source, String pointerPrefix, Diagnostics diagnostics) {
        this.source = source;
        this.pointerPrefix = pointerPrefix;
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    SourceLocation at(String pointer) {
        return source.locate(pointerPrefix + pointer);
    }

    void warn(String rule, String pointer, String message, String hint) {
        diagnostics.add(Diagnostic.warning(rule, at(pointer), message, hint));
    }

    void error(String rule, String pointer, String message, String hint) {
        diagnostics.add(Diagnostic.error(rule, at(pointer), message, hint));
    }

    Optional<String> string(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isValueNode()) {
            return Optional.of(v.asText());
        }
        invalid(Pointer.child(pointer, key), key + " must be a string, not " + kind(v));
        return Optional.empty();
    }

    Optional<TextValue> text(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        return v == null || v.isNull() ? Optional.empty() : textValue(v, Pointer.child(pointer, key));
    }

    Optional<TextValue> textValue(JsonNode v, String pointer) {
        if (v.isValueNode()) {
            return Optional.of(TextValue.of(v.asText()));
        }
        if (isIntrinsic(v)) {
            return Optional.of(new TextValue.Intrinsic(Json.plainObject(v)));
        }
        invalid(pointer, "expected a string or a CloudFormation intrinsic, not " + kind(v));
        return Optional.empty();
    }

    Optional<Boolean> bool(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isBoolean()) {
            return Optional.of(v.booleanValue());
        }
        if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(v.asText()));
        }
        invalid(Pointer.child(pointer, key), key + " must be true or false, not " + v);
        return Optional.empty();
    }

    Optional<Integer> integer(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.canConvertToInt() && v.isIntegralNumber()) {
            return Optional.of(v.intValue());
        }
        if (v.isTextual()) {
            try {
                return Optional.of(Integer.parseInt(v.asText().trim()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        invalid(Pointer.child(pointer, key), key + " must be an integer, not " + v);
        return Optional.empty();
    }

    Optional<List<String>> stringList(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isValueNode()) {
            // AWS accepts a comma-separated string in a few list places; keep it as one entry.
            return Optional.of(List.of(v.asText()));
        }
        if (!v.isArray()) {
            invalid(Pointer.child(pointer, key), key + " must be a list of strings, not " + kind(v));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            out.add(item.isValueNode() ? item.asText() : item.toString());
        }
        return Optional.of(out);
    }

    List<TextValue> textList(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        List<TextValue> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            textValue(v, Pointer.child(pointer, key)).ifPresent(out::add);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            textValue(v.get(i), Pointer.child(Pointer.child(pointer, key), i)).ifPresent(out::add);
        }
        return out;
    }

    Map<String, String> stringMap(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            invalid(Pointer.child(pointer, key), key + " must be an object of strings, not " + kind(v));
            return out;
        }
        v.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.put(e.getKey(), e.getValue().asText());
            } else {
                invalid(Pointer.child(Pointer.child(pointer, key), e.getKey()),
                        e.getKey() + " must be a string, not " + kind(e.getValue()));
            }
        });
        return out;
    }

    Map<String, TextValue> textMap(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        Map<String, TextValue> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            invalid(Pointer.child(pointer, key), key + " must be an object, not " + kind(v));
            return out;
        }
        String base = Pointer.child(pointer, key);
        v.fields().forEachRemaining(e -> textValue(e.getValue(), Pointer.child(base, e.getKey()))
                .ifPresent(t -> out.put(e.getKey(), t)));
        return out;
    }

    Optional<ObjectNode> object(JsonNode obj, String key, String pointer) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v instanceof ObjectNode o) {
            return Optional.of(o);
        }
        invalid(Pointer.child(pointer, key), key + " must be an object, not " + kind(v));
        return Optional.empty();
    }

    /** Properties of an extension object that AWS does not document: warned about and kept for export. */
    Map<String, Object> unknownProperties(JsonNode obj, Set<String> known, String pointer, String what) {
        Map<String, Object> out = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                out.put(e.getKey(), Json.plain(e.getValue()));
                warn(RuleIds.UNKNOWN_PROPERTY, Pointer.child(pointer, e.getKey()),
                        "unknown property '" + e.getKey() + "' in " + what + " (kept, but API Gateway ignores or "
                                + "rejects it)", "check the spelling against AWS's " + what + " reference");
            }
        });
        return out;
    }

    void unknownExtension(String key, String pointer) {
        if (key.equals("x-amazon-apigateway-throttle")) {
            warn(RuleIds.UNKNOWN_EXTENSION, pointer, "x-amazon-apigateway-throttle is not an API Gateway extension"
                    + " (kept; AWS ignores it)", "set throttling on the stage or a usage plan in apigw.yaml");
            return;
        }
        warn(RuleIds.UNKNOWN_EXTENSION, pointer, "unknown extension " + key + " (kept; API Gateway does not "
                + "document it)", "check the spelling against the list of x-amazon-apigateway-* extensions");
    }

    void invalid(String pointer, String message) {
        error(RuleIds.INVALID_EXTENSION_VALUE, pointer, message, "see AWS's OpenAPI extensions reference");
    }

    static boolean isIntrinsic(JsonNode v) {
        if (!v.isObject() || v.size() != 1) {
            return false;
        }
        String key = v.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
    }

    static String kind(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
