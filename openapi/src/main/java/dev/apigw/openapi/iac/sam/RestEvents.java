package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds one {@code Api} event to a REST API's definition as the SAM transform does: a Lambda proxy integration on
 * the event's path and method (with IAM caller credentials when the method uses AWS_IAM), the method's own
 * authorizer and API key setting, its request model and validator, and its request parameters.
 */
final class RestEvents {
    private static final Set<String> KNOWN = Set.of("Path", "Method", "RestApiId", "Stage", "Auth", "RequestModel",
            "RequestParameters");
    private static final Set<String> AUTH_KEYS = Set.of("Authorizer", "AuthorizationScopes", "ApiKeyRequired",
            "ResourcePolicy", "InvokeRole");
    private static final Pattern PARAMETER = Pattern.compile("method\\.request\\.(querystring|path|header)\\..+");

    private final LambdaArns arns;

    RestEvents(LambdaArns arns) {
        this.arns = arns;
    }

    /** The event's route, or empty (with a finding) when it lacks a usable Path or Method. */
    static Optional<Route> route(ApiEvent event, Findings findings) {
        Optional<String> path = event.text("Path");
        Optional<String> method = event.text("Method");
        if (path.isEmpty() || method.isEmpty()) {
            String missing = path.isEmpty() ? "Path" : "Method";
            findings.rejected(event.pointer(), "event " + event.name() + " has no " + missing + " (SAM requires"
                    + " one for Api events); no route is added", "add " + missing + ": to the event's Properties");
            return Optional.empty();
        }
        return Optional.of(new Route(path.get(), OpenApiDoc.methodKey(method.get())));
    }

    /** A path and normalised method key ({@code get}, {@code x-amazon-apigateway-any-method}). */
    record Route(String path, String methodKey) {
        String display() {
            return (methodKey.equals(OpenApiDoc.ANY) ? "ANY" : methodKey.toUpperCase(Locale.ROOT)) + " " + path;
        }
    }

    /** Adds the event's method to {@code doc}; {@code stageName} is the stage resource policies name. */
    void add(OpenApiDoc doc, ApiEvent event, Route route, SamResource api, String stageName, Findings findings) {
        event.properties().fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                findings.notEmulated(event.pointer(name), "property " + name + " of Api event " + event.name()
                        + " is not emulated", "leave it out locally, or check it on AWS");
            }
        });
        if (doc.hasIntegration(route.path(), route.methodKey())) {
            findings.rejected(event.pointer("Path"), "SAM rejects event " + event.name() + ": " + route.display()
                    + " is defined more than once; apigw keeps the first", "give each event its own path or method");
            return;
        }
        ObjectNode op = doc.addOperation(route.path(), route.methodKey());
        JsonNode auth = event.get("Auth");
        JsonNode apiAuth = api.get("Auth");
        ObjectNode integration = op.putObject(OpenApiDoc.INTEGRATION);
        if (event.isFunction()) {
            integration.put("type", "aws_proxy").put("httpMethod", "POST").put("uri",
                    arns.integrationUri(event.source()));
            iamCredentials(auth, apiAuth).ifPresent(c -> integration.put("credentials", c));
            if (!op.has("responses")) {
                op.putObject("responses");
            }
        } else {
            startExecution(op, integration, event);
        }
        if (auth.isObject()) {
            methodAuth(doc, op, event, route, auth, api, stageName, findings);
        }
        if (event.get("RequestModel").isObject()) {
            requestModel(doc, op, event, api, findings);
        }
        if (event.get("RequestParameters").isArray()) {
            requestParameters(doc, op, integration, event, findings);
        }
    }

    /**
     * A state machine's Api event: an AWS integration calling Step Functions' StartExecution with the request body
     * as the execution input, under the role SAM creates for the event ({@code <StateMachine><Event>Role}).
     */
    private void startExecution(ObjectNode op, ObjectNode integration, ApiEvent event) {
        integration.put("type", "aws").put("httpMethod", "POST").put("uri", "arn:" + arns.partition()
                + ":apigateway:" + arns.region() + ":states:action/StartExecution");
        ObjectNode responses = integration.putObject("responses");
        responses.putObject("200").put("statusCode", "200");
        responses.putObject("400").put("statusCode", "400");
        integration.put("credentials", arns.roleArn(event.source() + event.eventId() + "Role"));
        integration.putObject("requestTemplates").put("application/json", "{\"input\": "
                + "\"$util.escapeJavaScript($input.json('$'))\", \"stateMachineArn\": \""
                + arns.stateMachineArn(event.source()) + "\"}");
        if (!op.has("responses")) {
            ObjectNode methodResponses = op.putObject("responses");
            methodResponses.putObject("200").put("description", "OK");
            methodResponses.putObject("400").put("description", "Bad Request");
        }
    }

    /**
     * A method authorised with AWS_IAM calls its Lambda function with the caller's credentials unless an
     * {@code InvokeRole} says otherwise ({@code NONE}: no credentials; a role ARN: that role).
     */
    private Optional<String> iamCredentials(JsonNode auth, JsonNode apiAuth) {
        boolean iam = auth.path("Authorizer").asText("").equals("AWS_IAM")
                || apiAuth.path("DefaultAuthorizer").asText("").equals("AWS_IAM") && (auth.isMissingNode()
                || auth.isEmpty());
        if (!iam) {
            return Optional.empty();
        }
        String role = invokeRole(auth).or(() -> invokeRole(apiAuth)).orElse("CALLER_CREDENTIALS");
        if (role.equals("NONE")) {
            return Optional.empty();
        }
        return Optional.of(role.equals("CALLER_CREDENTIALS") ? "arn:" + arns.partition() + ":iam::*:user/*" : role);
    }

    private static Optional<String> invokeRole(JsonNode auth) {
        if (!auth.has("InvokeRole")) {
            return Optional.empty();
        }
        JsonNode role = auth.get("InvokeRole");
        return Optional.of(role.isTextual() && !role.asText().isEmpty() ? role.asText() : "NONE");
    }

    private void methodAuth(OpenApiDoc doc, ObjectNode op, ApiEvent event, Route route, JsonNode auth,
            SamResource api, String stageName, Findings findings) {
        auth.fieldNames().forEachRemaining(name -> {
            if (!AUTH_KEYS.contains(name)) {
                findings.notEmulated(event.pointer("Auth", name), "Auth." + name + " of event " + event.name()
                        + " is not emulated", "leave it out locally");
            }
        });
        JsonNode apiAuth = api.get("Auth");
        JsonNode authorizers = apiAuth.path("Authorizers");
        Optional<String> authorizer = Optional.ofNullable(auth.get("Authorizer")).filter(JsonNode::isTextual)
                .map(JsonNode::asText);
        if (authorizer.isPresent() && !authorizer.get().equals("AWS_IAM")) {
            String name = authorizer.get();
            if (name.equals("NONE") && !apiAuth.has("DefaultAuthorizer")) {
                findings.rejected(event.pointer("Auth", "Authorizer"), "SAM rejects event " + event.name()
                        + ": Authorizer NONE only makes sense when the API has a DefaultAuthorizer; ignored",
                        "set Auth.DefaultAuthorizer on " + api.logicalId() + ", or remove Authorizer: NONE");
                authorizer = Optional.empty();
            } else if (!name.equals("NONE") && !authorizers.has(name)) {
                findings.rejected(event.pointer("Auth", "Authorizer"), "SAM rejects event " + event.name()
                        + ": its Authorizer '" + name + "' is not defined in the Auth.Authorizers of "
                        + api.logicalId() + "; the method is left without it", "define " + name
                        + " under Auth.Authorizers of " + api.logicalId());
                authorizer = Optional.empty();
            }
        }
        JsonNode apiKey = auth.get("ApiKeyRequired");
        if (apiKey != null && apiKey.isBoolean() && !apiKey.asBoolean() && !apiAuth.path("ApiKeyRequired")
                .asBoolean(false)) {
            findings.rejected(event.pointer("Auth", "ApiKeyRequired"), "SAM rejects event " + event.name()
                    + ": ApiKeyRequired false needs ApiKeyRequired true on the API; ignored",
                    "remove it, or set Auth.ApiKeyRequired on " + api.logicalId());
            apiKey = null;
        }
        authorizer.ifPresent(name -> {
            ObjectNode requirement = OpenApiDoc.security(op).addObject();
            ArrayNode scopes = requirement.putArray(name);
            if (!name.equals("NONE") && !name.equals("AWS_IAM")) {
                JsonNode own = auth.get("AuthorizationScopes");
                JsonNode chosen = own != null && own.isArray() ? own : authorizers.path(name)
                        .path("AuthorizationScopes");
                chosen.forEach(s -> scopes.add(s.asText()));
            }
            if (name.equals("AWS_IAM")) {
                SamAuthorizers.addIam(doc);
            }
        });
        if (apiKey != null && apiKey.isBoolean()) {
            OpenApiDoc.security(op).addObject().putArray(apiKey.asBoolean() ? SecurityMarkers.API_KEY
                    : SecurityMarkers.API_KEY_FALSE);
            if (apiKey.asBoolean()) {
                SamAuthorizers.addApiKey(doc);
            }
        }
        JsonNode policy = auth.get("ResourcePolicy");
        if (policy != null && policy.isObject()) {
            ResourcePolicies.add(doc, policy, route.path(), stageName);
        }
    }

    private static void requestModel(OpenApiDoc doc, ObjectNode op, ApiEvent event, SamResource api,
            Findings findings) {
        JsonNode requestModel = event.get("RequestModel");
        Optional<String> model = Optional.ofNullable(requestModel.get("Model")).filter(JsonNode::isTextual)
                .map(JsonNode::asText);
        if (model.isEmpty()) {
            return;
        }
        if (!api.get("Models").path(model.get()).isObject()) {
            findings.rejected(event.pointer("RequestModel", "Model"), "SAM rejects event " + event.name()
                    + ": its RequestModel '" + model.get() + "' is not defined in the Models of " + api.logicalId()
                    + "; the method gets no model", "define " + model.get() + " under Models of " + api.logicalId());
            return;
        }
        String name = model.get().toLowerCase(Locale.ROOT);
        JsonNode required = requestModel.get("Required");
        if (doc.isOpenApi3()) {
            ObjectNode body = op.putObject("requestBody");
            body.putObject("content").putObject("application/json").putObject("schema").put("$ref",
                    doc.modelRef(name));
            if (required != null && required.isBoolean()) {
                body.put("required", required.asBoolean());
            }
        } else {
            JsonNode existing = op.get("parameters");
            ArrayNode parameters = existing instanceof ArrayNode a ? a : op.putArray("parameters");
            ObjectNode parameter = parameters.addObject().put("in", "body").put("name", name);
            parameter.putObject("schema").put("$ref", doc.modelRef(name));
            if (required != null && required.isBoolean()) {
                parameter.put("required", required.asBoolean());
            }
        }
        JsonNode body = requestModel.get("ValidateBody");
        JsonNode parameters = requestModel.get("ValidateParameters");
        if (body == null && parameters == null) {
            return;
        }
        if (body != null && !body.isBoolean() || parameters != null && !parameters.isBoolean()) {
            findings.rejected(event.pointer("RequestModel"), "SAM rejects event " + event.name()
                    + ": ValidateBody and ValidateParameters must be true or false; no validator is set",
                    "write ValidateBody: true");
            return;
        }
        boolean validateBody = body != null && body.asBoolean();
        boolean validateParameters = parameters != null && parameters.asBoolean();
        String validator = validateBody && validateParameters ? "body-and-params" : validateBody ? "body-only"
                : validateParameters ? "params-only" : "no-validation";
        ObjectNode validators = OpenApiDoc.object(doc.root(), "x-amazon-apigateway-request-validators");
        if (!validators.has(validator)) {
            validators.putObject(validator).put("validateRequestBody", validateBody)
                    .put("validateRequestParameters", validateParameters);
        }
        op.put("x-amazon-apigateway-request-validator", validator);
    }

    private static void requestParameters(OpenApiDoc doc, ObjectNode op, ObjectNode integration, ApiEvent event,
            Findings findings) {
        JsonNode existing = op.get("parameters");
        ArrayNode parameters = existing instanceof ArrayNode a ? a : op.putArray("parameters");
        JsonNode list = event.get("RequestParameters");
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String name;
            boolean required = false;
            boolean caching = false;
            if (item.isTextual()) {
                name = item.asText();
            } else if (item.isObject() && item.size() == 1) {
                name = item.fieldNames().next();
                JsonNode settings = item.get(name);
                required = settings.path("Required").asBoolean(false);
                caching = settings.path("Caching").asBoolean(false);
            } else {
                findings.rejected(event.pointer("RequestParameters", String.valueOf(i)), "SAM rejects event "
                        + event.name() + ": a request parameter must be a name or one name with {Required,"
                        + " Caching}; ignored", "write - method.request.header.Authorization");
                continue;
            }
            if (!PARAMETER.matcher(name).matches()) {
                findings.rejected(event.pointer("RequestParameters", String.valueOf(i)), "SAM rejects event "
                        + event.name() + ": request parameter '" + name + "' is not of the form"
                        + " method.request.[querystring|path|header].name; ignored",
                        "write method.request.header.Authorization");
                continue;
            }
            String location = name.substring("method.request.".length());
            int dot = location.indexOf('.');
            String in = location.substring(0, dot);
            parameters.add(doc.stringParameter(in.equals("querystring") ? "query" : in, location.substring(dot + 1),
                    required));
            if (caching) {
                JsonNode keys = integration.get("cacheKeyParameters");
                (keys instanceof ArrayNode a ? a : integration.putArray("cacheKeyParameters")).add(name);
            }
        }
    }
}
