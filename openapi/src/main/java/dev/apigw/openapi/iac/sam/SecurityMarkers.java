package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * SAM marks methods with placeholder security requirements while it builds a definition: {@code NONE} (the event
 * opted out of the default authorizer) and {@code api_key_false} (the event opted out of the API key). The
 * transform leaves a lone marker in the output, where API Gateway ignores it because no such scheme exists; here
 * the markers are removed so the method reads {@code security: []}, which means the same to API Gateway and to
 * apigw's validation.
 */
final class SecurityMarkers {
    static final String NONE = "NONE";
    static final String API_KEY = "api_key";
    static final String API_KEY_FALSE = "api_key_false";
    private static final Set<String> MARKERS = Set.of(NONE, API_KEY_FALSE);

    private SecurityMarkers() {
    }

    static boolean isMarker(JsonNode requirement) {
        if (!requirement.isObject() || requirement.isEmpty()) {
            return false;
        }
        var names = requirement.fieldNames();
        while (names.hasNext()) {
            if (!MARKERS.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    /** Removes the markers from every operation's security, leaving {@code []} where only markers were. */
    static void clean(OpenApiDoc doc) {
        for (String path : doc.pathNames()) {
            doc.operations(path, false).values().forEach(SecurityMarkers::clean);
        }
    }

    private static void clean(ObjectNode op) {
        if (!(op.get("security") instanceof ArrayNode security)) {
            return;
        }
        for (int i = security.size() - 1; i >= 0; i--) {
            if (isMarker(security.get(i))) {
                security.remove(i);
            }
        }
    }
}
