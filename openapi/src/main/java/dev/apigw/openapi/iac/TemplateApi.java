package dev.apigw.openapi.iac;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.ProjectConfig;
import java.util.List;
import java.util.Optional;

/**
 * One API a template defines, in the form apigw already reads: the OpenAPI document AWS's get-export would give for
 * it (with {@code x-amazon-apigateway-*} extensions, Lambda integration URIs naming functions by logical id), and
 * what sits around it in the template as project configuration: stages (variables, method settings, cache,
 * logging), API keys, usage plans, authorizer key sets and, for a WebSocket API, its routes.
 *
 * @param logicalId the API's logical id ({@code ServerlessRestApi} for SAM's implicit REST API)
 * @param type REST, HTTP or WEBSOCKET
 * @param definition the OpenAPI 2.0/3.0 document; empty for a WebSocket API (its routes are in
 *     {@code config.webSocket()})
 * @param pointer where in the template the API is defined, for diagnostics ({@code /Resources/MyApi})
 * @param config stages, keys, plans, authorizers and the WebSocket API; functions are bound by the template
 *     loader, not by each reader
 * @param diagnostics what the reader noticed: unsupported properties said once, unresolved references
 */
public record TemplateApi(String logicalId, ApiType type, Optional<JsonNode> definition, String pointer,
        ProjectConfig config, List<Diagnostic> diagnostics) {
    public TemplateApi {
        definition = definition == null ? Optional.empty() : definition;
        diagnostics = List.copyOf(diagnostics);
    }
}
