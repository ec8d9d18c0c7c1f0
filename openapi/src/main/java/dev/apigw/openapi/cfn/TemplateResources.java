package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The resources a template declares, by logical id, plus the ones SAM adds implicitly that bodies refer to. */
final class TemplateResources {

    private TemplateResources() {
    }

    /**
     * Logical id to type. SAM creates a role named {@code <Function>Role} for every function (and state machine)
     * without a {@code Role}, and definitions often say {@code ${MyFunctionRole.Arn}}; those are added too.
     */
    static Map<String, String> types(JsonNode template) {
        Map<String, String> types = new LinkedHashMap<>();
        template.path("Resources").fields().forEachRemaining(entry -> {
            JsonNode type = entry.getValue().path("Type");
            if (type.isTextual()) {
                types.put(entry.getKey(), type.asText());
            }
        });
        template.path("Resources").fields().forEachRemaining(entry -> {
            String type = entry.getValue().path("Type").asText("");
            boolean samWithImplicitRole = type.equals("AWS::Serverless::Function")
                    || type.equals("AWS::Serverless::StateMachine");
            if (samWithImplicitRole && !entry.getValue().path("Properties").has("Role")) {
                types.putIfAbsent(entry.getKey() + "Role", "AWS::IAM::Role");
            }
        });
        return types;
    }
}
