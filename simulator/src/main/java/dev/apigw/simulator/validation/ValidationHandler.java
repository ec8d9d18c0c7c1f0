package dev.apigw.simulator.validation;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.ModelSchema;
import dev.apigw.model.api.RequestBody;
import dev.apigw.model.api.RequestValidator;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.mapping.ContentTypes;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The method's request validator ({@code x-amazon-apigateway-request-validator}, else the API default): required
 * parameters first, then the body against the model for its content type ({@code $default} when none). No
 * matching model means no body validation, as in API Gateway.
 */
public final class ValidationHandler implements Handler {
    private final ApiDefinition api;
    private final BodyValidator bodies;

    public ValidationHandler(ApiDefinition api) {
        this.api = api;
        this.bodies = new BodyValidator(api.models());
    }

    @Override
    public Outcome handle(Invocation inv) {
        Method method = inv.method().orElseThrow();
        Optional<RequestValidator> validator = method.requestValidator()
                .or(() -> api.settings().defaultRequestValidator())
                .map(name -> api.settings().requestValidators().get(name));
        if (validator.isEmpty()) {
            return Outcome.CONTINUE;
        }
        if (validator.get().validateRequestParameters()) {
            List<String> missing = RequiredParameters.missing(api, inv.resource().orElseThrow(), method,
                    inv.request());
            if (!missing.isEmpty()) {
                inv.logError("validate", "Request validation failed: missing required request parameters " + missing);
                throw GatewayErrors.missingParameters(missing);
            }
        }
        if (validator.get().validateRequestBody()) {
            String contentType = ContentTypes.mediaType(HttpHeaders.first(inv.request().headers(), "Content-Type"));
            Optional<Map<String, Object>> schema = method.requestBody().flatMap(b -> schemaFor(b, contentType));
            if (schema.isPresent()) {
                List<String> problems = bodies.validate(schema.get(), inv.request().bodyText());
                if (!problems.isEmpty()) {
                    String errors = problems.toString();
                    inv.logError("validate", "Request body does not match model schema for content type: " + errors);
                    throw GatewayErrors.invalidBody(errors);
                }
            }
        }
        inv.log("validate", "Request validation succeeded (" + validator.get().name() + ")");
        return Outcome.CONTINUE;
    }

    private Optional<Map<String, Object>> schemaFor(RequestBody body, String contentType) {
        MediaType media = body.content().get(contentType);
        if (media == null) {
            media = body.content().get("$default");
        }
        if (media == null) {
            return Optional.empty();
        }
        Optional<String> model = media.modelName();
        if (model.isPresent()) {
            return Optional.ofNullable(api.models().get(model.get())).map(ModelSchema::schema);
        }
        return media.schema();
    }
}
