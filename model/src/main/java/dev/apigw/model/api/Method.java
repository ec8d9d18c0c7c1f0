package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method on a resource ({@code ANY} for {@code x-amazon-apigateway-any-method}). {@link #security()} absent means
 * the API's root security applies; present and empty means explicitly none. {@code documentation} keeps the OpenAPI
 * keys the gateway ignores (summary, description, tags, deprecated, and Swagger 2's consumes/produces and body
 * parameter name under {@code x-apigw-swagger}).
 */
public record Method(
        String httpMethod,
        Optional<String> operationId,
        List<Parameter> parameters,
        Optional<RequestBody> requestBody,
        List<MethodResponse> responses,
        Optional<List<SecurityRequirement>> security,
        Optional<String> requestValidator,
        Optional<Integration> integration,
        Optional<RouteAuth> auth,
        Optional<Boolean> defaultRoute,
        Map<String, Object> documentation,
        Map<String, Object> unknownExtensions) {

    public static final String ANY = "ANY";

    public Method {
        parameters = Immutable.list(parameters);
        responses = Immutable.list(responses);
        security = security.map(Immutable::list);
        documentation = Immutable.map(documentation);
        unknownExtensions = Immutable.map(unknownExtensions);
    }

    public boolean isAny() {
        return ANY.equals(httpMethod);
    }
}
