package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Recognises intrinsic function calls that the resolver left as written, because their value is not known here. */
final class Intrinsics {
    private Intrinsics() {
    }

    /** {@code {"Ref": ...}} or {@code {"Fn::...": ...}}: a single-key object naming a function. */
    static boolean isCall(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
    }

    /** The logical id a {@code {"Ref": "Id"}} names. */
    static Optional<String> refName(JsonNode node) {
        if (node.isObject() && node.size() == 1 && node.path("Ref").isTextual()) {
            return Optional.of(node.get("Ref").asText());
        }
        return Optional.empty();
    }
}
