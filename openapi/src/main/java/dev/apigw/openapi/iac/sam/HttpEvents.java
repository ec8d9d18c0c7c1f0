package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds one {@code HttpApi} event to an HTTP API's definition as SAM does: a Lambda proxy integration with payload
 * format 2.0 (an event without Path and Method is the {@code $default} route), unless the path and method already
 * have an integration; then, on that route either way, the event's authorizer and scopes, {@code TimeoutInMillis},
 * the path parameters and {@code PayloadFormatVersion}. SAM adds these routes to a {@code DefinitionBody} too.
 */
final class HttpEvents {
    static final String DEFAULT_PATH = "$default";
    private static final Set<String> KNOWN = Set.of("Path", "Method", "ApiId", "Stage", "Auth", "TimeoutInMillis",
            "RouteSettings", "PayloadFormatVersion");
    private static final Set<String> AUTH_KEYS = Set.of("Authorizer", "AuthorizationScopes");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(.*?)}");

    private final LambdaArns arns;

    HttpEvents(LambdaArns arns) {
        this.arns = arns;
    }

    /** The event's route: its Path and Method, or {@code $default} and ANY when it gives neither. */
    static Optional<RestEvents.Route> route(ApiEvent event, Findings findings) {
        Optional<String> path = event.text("Path").filter(p -> !p.isEmpty());
        Optional<String> method = event.text("Method").filter(m -> !m.isEmpty());
        if (path.isEmpty() && method.isEmpty()) {
            return Optional.of(new RestEvents.Route(DEFAULT_PATH, OpenApiDoc.ANY));
        }
        if (path.isEmpty() || method.isEmpty()) {
            String missing = path.isEmpty() ? "Path" : "Method";
            findings.rejected(event.pointer(), "SAM rejects event " + event.name() + ": it has a "
                    + (path.isEmpty() ? "Method" : "Path") + " but no " + missing + "; no route is added",
                    "give both Path and Method, or neither for the $default route");
            return Optional.empty();
        }
        return Optional.of(new RestEvents.Route(path.get(), OpenApiDoc.methodKey(method.get())));
    }

    /**
     * Adds the event to an HTTP API; {@code generated} is true when SAM generated the definition (a route given
     * twice is then an error); event {@code RouteSettings} are collected into {@code routeSettings}.
     */
    void add(OpenApiDoc doc, ApiEvent event, SamResource api, boolean generated,
            Map<String, JsonNode> routeSettings, Findings findings) {
        event.properties().fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                findings.notEmulated(event.pointer(name), "property " + name + " of HttpApi event " + event.name()
                        + " is not emulated", "leave it out locally");
            }
        });
        Optional<RestEvents.Route> found = route(event, findings);
        if (found.isEmpty()) {
            return;
        }
        RestEvents.Route route = found.get();
        if (generated && doc.hasIntegration(route.path(), route.methodKey())) {
            findings.rejected(event.pointer(), "SAM rejects event " + event.name() + ": " + route.display()
                    + " is defined more than once; apigw keeps the first", "give each event its own path or method");
            return;
        }
        ObjectNode op = integration(doc, route, event, true);
        JsonNode auth = event.get("Auth");
        if (auth.isObject()) {
            auth(op, event, auth, api, findings);
        }
        JsonNode integration = op.path(OpenApiDoc.INTEGRATION);
        if (integration instanceof ObjectNode i) {
            if (event.properties().has("TimeoutInMillis")) {
                i.set("timeoutInMillis", SamAuthorizers.number(event.get("TimeoutInMillis")));
            }
            event.text("PayloadFormatVersion").ifPresent(v -> i.put("payloadFormatVersion", v));
        }
        pathParameters(op, route.path());
        if (event.get("RouteSettings").isObject()) {
            String key = route.display();
            JsonNode merged = SamGlobals.merge(routeSettings.get(key), event.get("RouteSettings"));
            routeSettings.put(key, merged);
        }
    }

    /**
     * An HttpApi event naming a REST API: SAM writes its route into that API's OpenAPI 3 definition for backwards
     * compatibility, where API Gateway serves it as a REST method (the {@code $default} route has no REST form).
     */
    void addToRestApi(OpenApiDoc doc, ApiEvent event, SamResource api, Findings findings) {
        Optional<RestEvents.Route> found = route(event, findings);
        if (found.isEmpty()) {
            return;
        }
        RestEvents.Route route = found.get();
        if (!doc.isOpenApi3() || !route.path().startsWith("/")) {
            findings.rejected(event.pointer(), "HttpApi event " + event.name() + " names the REST API "
                    + api.logicalId() + (doc.isOpenApi3() ? "; its route " + route.display() + " has no REST form"
                    : ", whose definition is not OpenAPI 3, which SAM rejects") + "; the route is left out",
                    "use an Api event with RestApiId for a REST API, or point ApiId at an AWS::Serverless::HttpApi");
            return;
        }
        findings.rejected(event.pointer(), "HttpApi event " + event.name() + " names the REST API "
                + api.logicalId() + "; SAM adds " + route.display() + " to it for backwards compatibility, and it is"
                + " served as a REST method (Lambda proxy payload 1.0)", "use an Api event with RestApiId: !Ref "
                + api.logicalId());
        ObjectNode op = integration(doc, route, event, false);
        JsonNode auth = event.get("Auth");
        JsonNode authorizer = auth.path("Authorizer").isTextual() ? auth.get("Authorizer")
                : api.get("Auth").path("DefaultAuthorizer");
        if (authorizer.isTextual() && !op.has("security")) {
            OpenApiDoc.security(op).addObject().putArray(authorizer.asText());
        }
        if (event.properties().has("TimeoutInMillis") && op.get(OpenApiDoc.INTEGRATION) instanceof ObjectNode i) {
            i.set("timeoutInMillis", SamAuthorizers.number(event.get("TimeoutInMillis")));
        }
    }

    /** The route's operation, given SAM's Lambda proxy integration when it has none yet. */
    private ObjectNode integration(OpenApiDoc doc, RestEvents.Route route, ApiEvent event, boolean http) {
        if (doc.hasIntegration(route.path(), route.methodKey())) {
            return doc.operation(route.path(), route.methodKey()).orElseThrow();
        }
        ObjectNode op = doc.addOperation(route.path(), route.methodKey());
        ObjectNode integration = op.putObject(OpenApiDoc.INTEGRATION);
        integration.put("type", "aws_proxy").put("httpMethod", "POST");
        if (http) {
            integration.put("payloadFormatVersion", "2.0");
        }
        integration.put("uri", arns.integrationUri(event.source()));
        if (http && route.path().equals(DEFAULT_PATH) && route.methodKey().equals(OpenApiDoc.ANY)) {
            op.put("isDefaultRoute", true);
        }
        if (!op.has("responses")) {
            op.putObject("responses");
        }
        return op;
    }

    private static void auth(ObjectNode op, ApiEvent event, JsonNode auth, SamResource api, Findings findings) {
        auth.fieldNames().forEachRemaining(name -> {
            if (!AUTH_KEYS.contains(name)) {
                findings.notEmulated(event.pointer("Auth", name), "Auth." + name + " of event " + event.name()
                        + " is not emulated", "leave it out locally");
            }
        });
        JsonNode apiAuth = api.get("Auth");
        JsonNode authorizers = apiAuth.path("Authorizers");
        String name = auth.path("Authorizer").isTextual() ? auth.get("Authorizer").asText()
                : apiAuth.path("DefaultAuthorizer").asText("");
        String pointer = event.pointer("Auth");
        if (name.isEmpty()) {
            findings.rejected(pointer, "SAM rejects event " + event.name() + ": its Auth needs an Authorizer, or"
                    + " a DefaultAuthorizer on " + api.logicalId() + "; ignored", "add Authorizer: MyAuthorizer");
            return;
        }
        boolean iam = apiAuth.path("EnableIamAuthorizer").asBoolean(false);
        if (name.equals(SecurityMarkers.NONE) && !apiAuth.has("DefaultAuthorizer")) {
            findings.rejected(pointer, "SAM rejects event " + event.name() + ": Authorizer NONE only makes sense"
                    + " when the API has a DefaultAuthorizer; ignored", "remove Authorizer: NONE");
            return;
        }
        if (!name.equals(SecurityMarkers.NONE) && !(name.equals(SamAuthorizers.IAM) && iam)
                && !authorizers.has(name)) {
            findings.rejected(pointer, "SAM rejects event " + event.name() + ": its Authorizer '" + name
                    + "' is not defined in the Auth.Authorizers of " + api.logicalId() + "; the route is left"
                    + " without it", "define " + name + " under Auth.Authorizers"
                    + (name.equals(SamAuthorizers.IAM) ? ", or set EnableIamAuthorizer: true" : ""));
            return;
        }
        JsonNode scopes = auth.get("AuthorizationScopes");
        if (scopes != null && !scopes.isArray()) {
            findings.rejected(pointer + "/AuthorizationScopes", "SAM rejects event " + event.name()
                    + ": AuthorizationScopes must be a list; ignored", "write AuthorizationScopes: [read]");
            return;
        }
        ArrayNode list = OpenApiDoc.security(op).addObject().putArray(name);
        if (!name.equals(SecurityMarkers.NONE) && !name.equals(SamAuthorizers.IAM)) {
            JsonNode chosen = scopes != null && !scopes.isEmpty() ? scopes : authorizers.path(name)
                    .path("AuthorizationScopes");
            chosen.forEach(s -> list.add(s.asText()));
        }
    }

    /** Every {@code {name}} of the path is a required path parameter of the operation. */
    private static void pathParameters(ObjectNode op, String path) {
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            JsonNode existing = op.get("parameters");
            ArrayNode parameters = existing instanceof ArrayNode a ? a : op.putArray("parameters");
            Optional<ObjectNode> declared = Optional.empty();
            for (JsonNode p : parameters) {
                if (p instanceof ObjectNode o && name.equals(o.path("name").asText())) {
                    declared = Optional.of(o);
                }
            }
            ObjectNode parameter = declared.orElseGet(() -> {
                // SAM writes name, in and required only; the schema lets OpenAPI 3 readers take it without a warning.
                ObjectNode added = parameters.addObject().put("name", name);
                added.putObject("schema").put("type", "string");
                return added;
            });
            parameter.put("in", "path").put("required", true);
        }
    }
}
