package dev.apigw.openapi.project;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.ServerInfo;
import dev.apigw.model.project.ProjectConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ApiDefinition} of a WebSocket API, which has no OpenAPI form: only its type and name; the routes are
 * in {@code config.webSocket()}.
 */
final class WebSocketDefinitions {
    private WebSocketDefinitions() {
    }

    static ApiDefinition definition(ProjectConfig config) {
        String name = config.webSocket().map(w -> w.name()).orElse("websocket");
        return new ApiDefinition(ApiType.WEBSOCKET, "websocket", Map.of("title", name, "version", "1"),
                ServerInfo.none(), List.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), ApiSettings.none(),
                Optional.empty(), Map.of(), Map.of(), Map.of());
    }
}
