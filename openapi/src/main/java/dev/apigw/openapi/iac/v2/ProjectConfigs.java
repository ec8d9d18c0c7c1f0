package dev.apigw.openapi.iac.v2;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Stage;
import dev.apigw.model.websocket.WebSocketApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project configuration a V2 API brings: its type, stages and, for a WebSocket API, the API itself. Functions
 * are bound by the template loader; V2 resources declare no API keys or usage plans (those are REST resources).
 */
final class ProjectConfigs {
    private ProjectConfigs() {
    }

    static ProjectConfig of(ApiType type, Map<String, Stage> stages, Optional<WebSocketApi> webSocket) {
        return new ProjectConfig(Optional.empty(), Optional.of(type), Map.of(), stages, List.of(), List.of(),
                Map.of(), List.of(), Map.of(), AccountSettings.DEFAULT, Map.of(), webSocket);
    }
}
