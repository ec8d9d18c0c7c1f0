package dev.apigw.model.api;

import java.util.List;
import java.util.Optional;

/**
 * {@code x-amazon-apigateway-endpoint-configuration}: at the root (Swagger 2) or inside a {@code servers[]} entry
 * (OpenAPI 3); {@link #inServer()} remembers which so export writes it back in place.
 */
public record EndpointConfiguration(
        Optional<List<String>> types,
        Optional<List<String>> vpcEndpointIds,
        Optional<Boolean> disableExecuteApiEndpoint,
        boolean inServer) {

    public EndpointConfiguration {
        types = types.map(List::copyOf);
        vpcEndpointIds = vpcEndpointIds.map(List::copyOf);
    }
}
