package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API-wide {@code x-amazon-apigateway-*} extensions at the document root. */
public record ApiSettings(
        Optional<ApiKeySource> apiKeySource,
        Optional<List<String>> binaryMediaTypes,
        Map<String, GatewayResponse> gatewayResponses,
        Map<String, RequestValidator> requestValidators,
        Optional<String> defaultRequestValidator,
        Optional<CorsConfiguration> cors,
        Optional<EndpointConfiguration> endpointConfiguration,
        Optional<Map<String, Object>> policy,
        Optional<Integer> minimumCompressionSize,
        Optional<Documentation> documentation,
        Optional<String> importExportVersion,
        Optional<String> securityPolicy,
        Optional<String> endpointAccessMode,
        Optional<RouteAuth> auth) {

    public ApiSettings {
        binaryMediaTypes = binaryMediaTypes.map(Immutable::list);
        gatewayResponses = Immutable.map(gatewayResponses);
        requestValidators = Immutable.map(requestValidators);
        policy = policy.map(Immutable::map);
    }

    public static ApiSettings none() {
        return new ApiSettings(Optional.empty(), Optional.empty(), Map.of(), Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public List<String> binaryMediaTypesOrEmpty() {
        return binaryMediaTypes.orElse(List.of());
    }
}
