package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.websocket.WebSocketApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code apigw.yaml} adds to an API definition: everything OpenAPI does not hold. {@code serviceEndpoints}
 * maps an AWS service name ({@code dynamodb}, {@code sqs}...) to the local endpoint that AWS service integrations
 * are sent to (LocalStack, DynamoDB Local, ElasticMQ...). {@code authorizers} says, per security scheme name, where
 * the keys that sign Cognito / JWT tokens are ({@code jwks}) and which issuer to accept. {@code webSocket} is the
 * WebSocket API written in the project file ({@code type: websocket} with a {@code websocket:} section), which has
 * no OpenAPI form.
 */
public record ProjectConfig(
        Optional<String> definition,
        Optional<ApiType> type,
        Map<String, String> parameters,
        Map<String, Stage> stages,
        List<ApiKey> apiKeys,
        List<UsagePlan> usagePlans,
        Map<String, FunctionBinding> functions,
        List<IamCredential> credentials,
        Map<String, String> serviceEndpoints,
        AccountSettings account,
        Map<String, TokenAuthorizerSettings> authorizers,
        Optional<WebSocketApi> webSocket) {

    public ProjectConfig {
        parameters = Immutable.map(parameters);
        stages = Immutable.map(stages);
        apiKeys = Immutable.list(apiKeys);
        usagePlans = Immutable.list(usagePlans);
        functions = Immutable.map(functions);
        credentials = Immutable.list(credentials);
        serviceEndpoints = Immutable.map(serviceEndpoints);
        account = account == null ? AccountSettings.DEFAULT : account;
        authorizers = Immutable.map(authorizers);
        webSocket = webSocket == null ? Optional.empty() : webSocket;
    }

    /** A project file without {@code account}, {@code authorizers} and {@code websocket}. */
    public ProjectConfig(Optional<String> definition, Optional<ApiType> type, Map<String, String> parameters,
            Map<String, Stage> stages, List<ApiKey> apiKeys, List<UsagePlan> usagePlans,
            Map<String, FunctionBinding> functions, List<IamCredential> credentials,
            Map<String, String> serviceEndpoints) {
        this(definition, type, parameters, stages, apiKeys, usagePlans, functions, credentials, serviceEndpoints,
                AccountSettings.DEFAULT, Map.of(), Optional.empty());
    }

    /** A project file without {@code authorizers} and {@code websocket}. */
    public ProjectConfig(Optional<String> definition, Optional<ApiType> type, Map<String, String> parameters,
            Map<String, Stage> stages, List<ApiKey> apiKeys, List<UsagePlan> usagePlans,
            Map<String, FunctionBinding> functions, List<IamCredential> credentials,
            Map<String, String> serviceEndpoints, AccountSettings account) {
        this(definition, type, parameters, stages, apiKeys, usagePlans, functions, credentials, serviceEndpoints,
                account, Map.of(), Optional.empty());
    }

    /** A project file without {@code account} and {@code websocket}. */
    public ProjectConfig(Optional<String> definition, Optional<ApiType> type, Map<String, String> parameters,
            Map<String, Stage> stages, List<ApiKey> apiKeys, List<UsagePlan> usagePlans,
            Map<String, FunctionBinding> functions, List<IamCredential> credentials,
            Map<String, String> serviceEndpoints, Map<String, TokenAuthorizerSettings> authorizers) {
        this(definition, type, parameters, stages, apiKeys, usagePlans, functions, credentials, serviceEndpoints,
                AccountSettings.DEFAULT, authorizers, Optional.empty());
    }

    public static ProjectConfig empty() {
        return new ProjectConfig(Optional.empty(), Optional.empty(), Map.of(), Map.of(), List.of(), List.of(),
                Map.of(), List.of(), Map.of());
    }

    /** The named stage, or a bare stage of that name when the project does not declare it. */
    public Stage stage(String name) {
        return stages.getOrDefault(name, Stage.named(name));
    }
}
