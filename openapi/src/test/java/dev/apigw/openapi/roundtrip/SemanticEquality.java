package dev.apigw.openapi.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compares two OpenAPI documents as API Gateway reads them: key order does not matter, scalars compare by text
 * ({@code 200} = {@code "200"}), enum-like extension values ignore case, parameter lists are sets keyed by
 * {@code in}+{@code name}, and an absent key equals {@code false}, {@code []} or {@code {}}. Returns the differences
 * as JSON pointers with both values.
 */
public final class SemanticEquality {
    private static final Set<String> CASE_INSENSITIVE = Set.of("type", "passthroughBehavior", "connectionType",
            "contentHandling");

    private SemanticEquality() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String pointer, JsonNode a, JsonNode b, List<String> out) {
        if (isEmptyish(a) && isEmptyish(b)) {
            return;
        }
        if (a == null || b == null) {
            out.add(pointer + ": " + a + " vs " + b);
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new HashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                compare(pointer + "/" + k, a.get(k), b.get(k), out);
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            if (pointer.endsWith("/parameters") && a.size() == b.size()) {
                compareAsSet(pointer, a, b, out);
                return;
            }
            if (a.size() != b.size()) {
                out.add(pointer + ": " + a + " vs " + b);
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                compare(pointer + "/" + i, a.get(i), b.get(i), out);
            }
            return;
        }
        if (a.isValueNode() && b.isValueNode()) {
            String key = pointer.substring(pointer.lastIndexOf('/') + 1);
            boolean same = CASE_INSENSITIVE.contains(key) && pointer.contains("x-amazon-apigateway")
                    ? a.asText().equalsIgnoreCase(b.asText()) : numericOrText(a).equals(numericOrText(b));
            if (!same) {
                out.add(pointer + ": " + a + " vs " + b);
            }
            return;
        }
        out.add(pointer + ": " + a + " vs " + b);
    }

    private static void compareAsSet(String pointer, JsonNode a, JsonNode b, List<String> out) {
        for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) {
            JsonNode p = it.next();
            JsonNode match = null;
            for (JsonNode q : b) {
                if (key(p).equals(key(q))) {
                    match = q;
                }
            }
            compare(pointer + "[" + key(p) + "]", p, match, out);
        }
    }

    private static String key(JsonNode p) {
        return p.has("$ref") ? p.get("$ref").asText() : p.path("in").asText() + ":" + p.path("name").asText();
    }

    private static String numericOrText(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (n.isTextual() && n.asText().matches("-?\\d+(\\.\\d+)?")) {
            return new java.math.BigDecimal(n.asText()).stripTrailingZeros().toPlainString();
        }
        return n.asText();
    }

    private static boolean isEmptyish(JsonNode n) {
        return n == null || n.isNull() || (n.isBoolean() && !n.booleanValue()) || (n.isContainerNode() && n.isEmpty());
    }
}
