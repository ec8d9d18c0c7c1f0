package dev.apigw.openapi.iac;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.openapi.source.JsonPointers;

/**
 * Where in a template an API's OpenAPI definition is written, so that findings on it point at their own line: its
 * inline {@code Body} or {@code DefinitionBody} when it has one, else the API resource itself.
 */
public final class DefinitionPointer {
    private DefinitionPointer() {
    }

    public static String of(JsonNode template, String logicalId) {
        String resource = CloudFormationTemplate.pointer(logicalId);
        JsonNode properties = template.path("Resources").path(logicalId).path("Properties");
        for (String key : new String[] {"Body", "DefinitionBody"}) {
            JsonNode body = properties.path(key);
            if (body.isObject() && !body.has("Fn::Transform")) {
                return JsonPointers.child(JsonPointers.child(resource, "Properties"), key);
            }
        }
        return resource;
    }
}
