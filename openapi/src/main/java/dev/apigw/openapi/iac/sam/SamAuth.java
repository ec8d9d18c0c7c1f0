package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A REST API's {@code Auth} applied to its definition as SAM applies it, after the events have added their
 * methods: the authorizers' security schemes, the {@code DefaultAuthorizer} on every method that names no authorizer
 * of its own (nor {@code NONE}), {@code ApiKeyRequired} on every method that does not opt out, each optionally
 * sparing the CORS preflight, and the {@code ResourcePolicy} statements for every path. Usage plans are read by
 * {@link SamUsagePlans}.
 */
final class SamAuth {
    private static final Set<String> KEYS = Set.of("Authorizers", "DefaultAuthorizer", "InvokeRole",
            "AddDefaultAuthorizerToCorsPreflight", "AddApiKeyRequiredToCorsPreflight", "ApiKeyRequired",
            "ResourcePolicy", "UsagePlan");

    private SamAuth() {
    }

    static void apply(OpenApiDoc doc, SamResource api, String stageName, LambdaArns arns, Findings findings) {
        JsonNode auth = api.get("Auth");
        if (auth.isMissingNode() || auth.isNull()) {
            return;
        }
        if (!auth.isObject()) {
            findings.rejected(api.pointer("Auth"), "SAM rejects " + api.logicalId() + ": Auth must be a map;"
                    + " ignored", "write Auth: { DefaultAuthorizer: MyAuthorizer, Authorizers: { ... } }");
            return;
        }
        auth.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                findings.rejected(api.pointer("Auth", key), "'" + key + "' is not an Auth property SAM knows for"
                        + " an AWS::Serverless::Api; ignored", "use one of " + String.join(", ",
                        new java.util.TreeSet<>(KEYS)));
            }
        });
        Map<String, ObjectNode> authorizers = SamAuthorizers.rest(api, arns, findings);
        authorizers.forEach((name, scheme) -> doc.securitySchemes().set(name, scheme));
        defaultAuthorizer(doc, api, auth, authorizers, findings);
        if (auth.path("ApiKeyRequired").asBoolean(false)) {
            SamAuthorizers.addApiKey(doc);
            boolean preflight = auth.path("AddApiKeyRequiredToCorsPreflight").asBoolean(true);
            for (String path : doc.pathNames()) {
                doc.operations(path, true).forEach((method, op) -> requireApiKey(op, method, preflight));
            }
        }
        JsonNode policy = auth.get("ResourcePolicy");
        if (policy != null && policy.isObject()) {
            JsonNode custom = policy.get("CustomStatements");
            ObjectNode perPath = policy.deepCopy();
            perPath.remove("CustomStatements");
            for (String path : doc.pathNames()) {
                ResourcePolicies.add(doc, perPath, path, stageName);
            }
            if (custom != null) {
                ObjectNode only = JsonNodeFactory.instance.objectNode();
                only.set("CustomStatements", custom);
                ResourcePolicies.add(doc, only, "/", stageName);
            }
        }
    }

    private static void defaultAuthorizer(OpenApiDoc doc, SamResource api, JsonNode auth,
            Map<String, ObjectNode> authorizers, Findings findings) {
        JsonNode value = auth.get("DefaultAuthorizer");
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            findings.rejected(api.pointer("Auth", "DefaultAuthorizer"), "SAM rejects " + api.logicalId()
                    + ": DefaultAuthorizer must be the name of an authorizer; ignored", "write DefaultAuthorizer:"
                    + " MyAuthorizer");
            return;
        }
        String name = value.asText();
        if (name.equals(SamAuthorizers.IAM)) {
            SamAuthorizers.addIam(doc);
        } else if (!authorizers.containsKey(name)) {
            if (!auth.path("Authorizers").has(name)) {
                findings.rejected(api.pointer("Auth", "DefaultAuthorizer"), "SAM rejects " + api.logicalId()
                        + ": DefaultAuthorizer '" + name + "' is not defined in Auth.Authorizers; no default"
                        + " authorizer is applied", "define " + name + " under Auth.Authorizers");
            }
            return;
        }
        List<String> scopes = new ArrayList<>();
        auth.path("Authorizers").path(name).path("AuthorizationScopes").forEach(s -> scopes.add(s.asText()));
        Set<String> names = new HashSet<>(authorizers.keySet());
        names.add(SamAuthorizers.IAM);
        boolean preflight = auth.path("AddDefaultAuthorizerToCorsPreflight").asBoolean(true);
        for (String path : doc.pathNames()) {
            doc.operations(path, true).forEach((method, op) -> {
                if (preflight || !method.equals("options")) {
                    applyDefault(op, name, scopes, names);
                }
            });
        }
    }

    /**
     * Keeps a method's own authorizer; drops the first {@code NONE} marker and adds nothing (the method opted
     * out); otherwise adds the default with the default's scopes. Other requirements (API key) stay in front.
     */
    private static void applyDefault(ObjectNode op, String name, List<String> scopes, Set<String> authorizers) {
        List<JsonNode> others = new ArrayList<>();
        List<JsonNode> own = new ArrayList<>();
        op.path("security").forEach(requirement -> {
            boolean isAuthorizer = false;
            var keys = requirement.fieldNames();
            while (keys.hasNext()) {
                isAuthorizer |= authorizers.contains(keys.next());
            }
            (isAuthorizer ? own : others).add(requirement);
        });
        Optional<JsonNode> none = others.stream().filter(r -> r.has(SecurityMarkers.NONE)).findFirst();
        List<JsonNode> result = new ArrayList<>();
        if (none.isPresent()) {
            others.remove(none.get());
        } else if (!own.isEmpty()) {
            result.addAll(own);
        } else {
            ObjectNode requirement = JsonNodeFactory.instance.objectNode();
            ArrayNode list = requirement.putArray(name);
            scopes.forEach(list::add);
            result.add(requirement);
        }
        List<JsonNode> security = new ArrayList<>(others);
        security.addAll(result);
        if (!security.isEmpty()) {
            ArrayNode out = op.putArray("security");
            security.forEach(out::add);
        }
    }

    /** {@code api_key} on the method unless it opted out ({@code api_key_false}) or is a spared preflight. */
    private static void requireApiKey(ObjectNode op, String method, boolean preflight) {
        List<JsonNode> others = new ArrayList<>();
        boolean optedOut = false;
        for (JsonNode requirement : op.path("security")) {
            if (requirement.has(SecurityMarkers.API_KEY_FALSE)) {
                optedOut = true;
            } else if (!requirement.has(SecurityMarkers.API_KEY)) {
                others.add(requirement);
            }
        }
        List<JsonNode> security = new ArrayList<>(others);
        boolean spared = method.equals("options") && !preflight;
        if (!optedOut && !spared) {
            ObjectNode requirement = JsonNodeFactory.instance.objectNode();
            requirement.putArray(SecurityMarkers.API_KEY);
            security.add(requirement);
        }
        if (op.has("security") || !security.isEmpty()) {
            ArrayNode out = op.putArray("security");
            security.forEach(out::add);
        }
    }
}
