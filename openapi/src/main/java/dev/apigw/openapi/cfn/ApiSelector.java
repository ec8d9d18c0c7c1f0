package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.openapi.source.JsonPointers;
import dev.apigw.openapi.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Picks the API resource to extract, and explains precisely why when there is none or more than one. */
final class ApiSelector {

    private ApiSelector() {
    }

    static List<String> apiResourceIds(SourceDocument template) {
        List<String> ids = new ArrayList<>();
        template.root().path("Resources").fields().forEachRemaining(entry -> {
            Optional<ApiResourceKind> kind = ApiResourceKind.of(entry.getValue());
            if (kind.isPresent() && kind.get().carriesDefinition(entry.getValue())) {
                ids.add(entry.getKey());
            }
        });
        return ids;
    }

    static String choose(SourceDocument template, Optional<String> logicalId) {
        requireTemplate(template);
        return logicalId.map(id -> checkChosen(template, id)).orElseGet(() -> onlyOne(template));
    }

    private static void requireTemplate(SourceDocument template) {
        if (!template.root().path("Resources").isObject()) {
            throw TemplateProblems.input(template, "", "not a CloudFormation template: there is no Resources"
                    + " section", "pass a template whose Resources hold an API, or pass an OpenAPI file directly");
        }
    }

    private static String checkChosen(SourceDocument template, String id) {
        JsonNode resource = template.root().path("Resources").get(id);
        String pointer = JsonPointers.child("/Resources", id);
        if (resource == null) {
            List<String> ids = apiResourceIds(template);
            throw TemplateProblems.usage(template, "the template has no resource '" + id + "'",
                    ids.isEmpty() ? "it holds no API with a definition" : "choose one of: " + String.join(", ", ids));
        }
        Optional<ApiResourceKind> kind = ApiResourceKind.of(resource);
        if (kind.isEmpty()) {
            throw TemplateProblems.input(template, pointer, "resource '" + id + "' is a "
                    + resource.path("Type").asText("resource without Type") + ", not an API",
                    "choose a resource of type " + ApiResourceKind.allTypes());
        }
        if (!kind.get().carriesDefinition(resource)) {
            throw TemplateProblems.input(template, pointer, withoutDefinition(id, kind.get()),
                    "add " + kind.get().inlineProperty() + " with the OpenAPI document to it");
        }
        return id;
    }

    private static String onlyOne(SourceDocument template) {
        List<String> ids = apiResourceIds(template);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.size() > 1) {
            JsonNode resources = template.root().path("Resources");
            List<String> described = ids.stream()
                    .map(id -> id + " (" + resources.path(id).path("Type").asText() + ")").toList();
            throw TemplateProblems.usage(template, "the template defines " + ids.size() + " APIs: "
                    + String.join(", ", described), "pass --resource LogicalId to choose one, e.g. --resource "
                    + ids.get(0));
        }
        throw noApi(template);
    }

    /** Tells apart: API resources without a definition, SAM's implicit API, and no API at all. */
    private static RuntimeException noApi(SourceDocument template) {
        JsonNode resources = template.root().path("Resources");
        List<String> bare = new ArrayList<>();
        List<String> implicitApiFunctions = new ArrayList<>();
        resources.fields().forEachRemaining(entry -> {
            ApiResourceKind.of(entry.getValue()).ifPresent(kind -> bare.add(entry.getKey() + " (" + kind.type()
                    + ")"));
            if (usesImplicitApi(entry.getValue())) {
                implicitApiFunctions.add(entry.getKey());
            }
        });
        if (!bare.isEmpty()) {
            return TemplateProblems.input(template, "/Resources", "no API in the template carries an OpenAPI"
                    + " definition: " + String.join(", ", bare) + " " + (bare.size() == 1 ? "has" : "have")
                    + " no Body/DefinitionBody/DefinitionUri (SAM and CloudFormation build such APIs from events or"
                    + " Method resources at deploy time, which apigw does not reproduce)",
                    "add a DefinitionBody (SAM) or Body (CloudFormation) holding the OpenAPI document, or import an"
                            + " exported OpenAPI file (aws apigateway get-export)");
        }
        if (!implicitApiFunctions.isEmpty()) {
            return TemplateProblems.input(template, "/Resources", "the template only has SAM's implicit API (Api or"
                    + " HttpApi events on " + String.join(", ", implicitApiFunctions) + "), whose OpenAPI definition"
                    + " SAM generates at deploy time; implicit APIs without a DefinitionBody are not supported",
                    "declare an AWS::Serverless::Api (or HttpApi) with a DefinitionBody and point the events at it"
                            + " with RestApiId/ApiId, or import an exported OpenAPI file");
        }
        return TemplateProblems.input(template, "/Resources", "the template declares no API resource ("
                + ApiResourceKind.allTypes() + ")", "pass a template that defines an API, or an OpenAPI file");
    }

    private static boolean usesImplicitApi(JsonNode resource) {
        if (!resource.path("Type").asText("").equals("AWS::Serverless::Function")) {
            return false;
        }
        for (JsonNode event : resource.path("Properties").path("Events")) {
            String type = event.path("Type").asText("");
            JsonNode properties = event.path("Properties");
            if (type.equals("Api") && !properties.has("RestApiId")
                    || type.equals("HttpApi") && !properties.has("ApiId")) {
                return true;
            }
        }
        return false;
    }

    /** Message for a chosen API resource that holds no definition. */
    static String withoutDefinition(String id, ApiResourceKind kind) {
        return "'" + id + "' (" + kind.type() + ") has no " + kind.inlineProperty() + " or "
                + kind.locationProperty() + "; apigw reads APIs from their OpenAPI definition";
    }
}
