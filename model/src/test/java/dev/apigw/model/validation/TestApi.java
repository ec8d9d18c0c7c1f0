package dev.apigw.model.validation;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.AuthorizerType;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.api.EndpointConfiguration;
import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.ModelSchema;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.RequestBody;
import dev.apigw.model.api.RequestValidator;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.SecurityRequirement;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.ServerInfo;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.ProjectConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Small in-code APIs for rule tests: only what a rule reads is spelled out. */
public final class TestApi {
    private ApiType type = ApiType.REST;
    private final Map<String, List<Method>> paths = new LinkedHashMap<>();
    private final Map<String, List<Parameter>> pathParameters = new LinkedHashMap<>();
    private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    private final Map<String, ModelSchema> models = new LinkedHashMap<>();
    private final Map<String, Integration> shared = new LinkedHashMap<>();
    private final Map<String, GatewayResponse> gatewayResponses = new LinkedHashMap<>();
    private final Map<String, RequestValidator> validators = new LinkedHashMap<>();
    private final Map<String, Object> documentation = new LinkedHashMap<>();
    private Optional<String> defaultValidator = Optional.empty();
    private Optional<List<SecurityRequirement>> security = Optional.empty();
    private Optional<CorsConfiguration> cors = Optional.empty();
    private Optional<EndpointConfiguration> endpoint = Optional.empty();
    private Optional<Integer> compression = Optional.empty();

    public static TestApi rest() {
        return new TestApi();
    }

    public static TestApi http() {
        TestApi api = new TestApi();
        api.type = ApiType.HTTP;
        return api;
    }

    public TestApi op(String verb, String path, Consumer<Op> spec) {
        Op op = new Op(verb);
        spec.accept(op);
        paths.computeIfAbsent(path, p -> new ArrayList<>()).add(op.build());
        return this;
    }

    public TestApi pathParameter(String path, Parameter p) {
        pathParameters.computeIfAbsent(path, k -> new ArrayList<>()).add(p);
        paths.computeIfAbsent(path, k -> new ArrayList<>());
        return this;
    }

    public TestApi scheme(String name, String type, Authorizer authorizer) {
        schemes.put(name, new SecurityScheme(name, type, Optional.of("Authorization"), Optional.of("header"),
                Optional.ofNullable(authorizer).map(a -> "custom"), Optional.ofNullable(authorizer), Map.of(), Map.of()));
        return this;
    }

    public TestApi apiKeyScheme(String name) {
        schemes.put(name, new SecurityScheme(name, "apiKey", Optional.of("x-api-key"), Optional.of("header"),
                Optional.empty(), Optional.empty(), Map.of(), Map.of()));
        return this;
    }

    public TestApi model(String name, Map<String, Object> schema) {
        models.put(name, new ModelSchema(name, schema));
        return this;
    }

    public TestApi shared(String name, Integration integration) {
        shared.put(name, integration);
        return this;
    }

    public TestApi gatewayResponse(GatewayResponse response) {
        gatewayResponses.put(response.type(), response);
        return this;
    }

    public TestApi validator(String name) {
        validators.put(name, new RequestValidator(name, true, true));
        return this;
    }

    public TestApi defaultValidator(String name) {
        defaultValidator = Optional.of(name);
        return this;
    }

    public TestApi security(String scheme) {
        security = Optional.of(List.of(new SecurityRequirement(Map.of(scheme, List.of()))));
        return this;
    }

    public TestApi cors(CorsConfiguration c) {
        cors = Optional.of(c);
        return this;
    }

    public TestApi endpointTypes(String... types) {
        endpoint = Optional.of(new EndpointConfiguration(Optional.of(List.of(types)), Optional.empty(), Optional.empty(),
                false));
        return this;
    }

    public TestApi compression(int size) {
        compression = Optional.of(size);
        return this;
    }

    public TestApi documentation(String key, Object value) {
        documentation.put(key, value);
        return this;
    }

    public ApiDefinition build() {
        List<Resource> resources = new ArrayList<>();
        paths.forEach((path, methods) -> resources.add(new Resource(path, methods,
                pathParameters.getOrDefault(path, List.of()), Map.of())));
        ApiSettings settings = new ApiSettings(Optional.empty(), Optional.empty(), gatewayResponses, validators,
                defaultValidator, cors, endpoint, Optional.empty(), compression, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new ApiDefinition(type, "3.0.1", Map.of("title", "test"), ServerInfo.none(), resources, models,
                schemes, shared, security, settings, Optional.empty(), Map.of(), documentation, Map.of());
    }

    /** A project configuration with only what stage rules read; the one place that calls its constructor. */
    public static ProjectConfig project(Map<String, dev.apigw.model.project.Stage> stages,
            List<dev.apigw.model.project.ApiKey> keys, List<dev.apigw.model.project.UsagePlan> plans) {
        ProjectConfig e = ProjectConfig.empty();
        return new ProjectConfig(e.definition(), e.type(), e.parameters(), stages, keys, plans, e.functions(),
                e.credentials(), e.serviceEndpoints());
    }

    /** Runs one rule over the API. */
    public List<Finding> check(Rule rule) {
        return check(rule, ProjectConfig.empty(), TemplateSyntax.none());
    }

    public List<Finding> check(Rule rule, ProjectConfig config, TemplateSyntax templates) {
        return new Validator(List.of(rule), Set.of()).validate(new ValidationContext(build(), config, templates));
    }

    // --- integrations ---

    public static Integration.Builder mock() {
        return Integration.builder().type(IntegrationType.MOCK)
                .requestTemplates(Map.of("application/json", TextValue.of("{\"statusCode\": 200}")))
                .responses(List.of(response("default", "200")));
    }

    public static Integration.Builder http(String uri) {
        return Integration.builder().type(IntegrationType.HTTP).uri(TextValue.of(uri)).httpMethod("GET")
                .responses(List.of(response("default", "200")));
    }

    public static Integration.Builder lambdaProxy() {
        return Integration.builder().type(IntegrationType.AWS_PROXY).httpMethod("POST").uri(TextValue.of(
                "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                        + "arn:aws:lambda:us-east-1:123456789012:function:f/invocations"));
    }

    public static IntegrationResponse response(String pattern, String status) {
        return new IntegrationResponse(pattern, status, Map.of(), Map.of(), Optional.empty(), Map.of());
    }

    public static IntegrationResponse response(String pattern, String status, Map<String, String> parameters) {
        return new IntegrationResponse(pattern, status, parameters, Map.of(), Optional.empty(), Map.of());
    }

    public static Authorizer authorizer(AuthorizerType type, String uri, String identitySource, Integer ttl) {
        return new Authorizer(Optional.of(type), Optional.ofNullable(uri).map(TextValue::of), Optional.empty(),
                Optional.ofNullable(identitySource), Optional.empty(), Optional.ofNullable(ttl), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** One operation under construction. */
    public static final class Op {
        private final String verb;
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<MethodResponse> responses = new ArrayList<>();
        private Optional<Integration> integration = Optional.empty();
        private Optional<List<SecurityRequirement>> security = Optional.empty();
        private Optional<String> validator = Optional.empty();
        private Optional<RequestBody> body = Optional.empty();
        private final Map<String, Object> documentation = new LinkedHashMap<>();

        Op(String verb) {
            this.verb = verb;
        }

        public Op param(String name, ParameterLocation in) {
            parameters.add(Parameter.of(name, in, in == ParameterLocation.PATH));
            return this;
        }

        public Op param(String name, ParameterLocation in, boolean required) {
            parameters.add(Parameter.of(name, in, required));
            return this;
        }

        public Op paramRef(String ref) {
            parameters.add(Parameter.reference(ref));
            return this;
        }

        public Op response(String status, String... headers) {
            Map<String, Map<String, Object>> h = new LinkedHashMap<>();
            for (String header : headers) {
                h.put(header, Map.of("schema", Map.of("type", "string")));
            }
            responses.add(new MethodResponse(status, Optional.empty(), h, Map.of(), Map.of()));
            return this;
        }

        public Op jsonResponse(String status, Map<String, Object> schema) {
            responses.add(new MethodResponse(status, Optional.empty(), Map.of(),
                    Map.of("application/json", new MediaType(Optional.of(schema), Map.of())), Map.of()));
            return this;
        }

        public Op body(Map<String, Object> schema) {
            body = Optional.of(new RequestBody(Optional.empty(), true,
                    Map.of("application/json", new MediaType(Optional.of(schema), Map.of())), Map.of()));
            return this;
        }

        public Op integration(Integration.Builder b) {
            integration = Optional.of(b.build());
            return this;
        }

        public Op integrationRef(String name) {
            integration = Optional.of(Integration.reference(ApiDefinition.INTEGRATIONS_REF_PREFIX + name));
            return this;
        }

        public Op security(String scheme) {
            security = Optional.of(List.of(new SecurityRequirement(Map.of(scheme, List.of()))));
            return this;
        }

        public Op noSecurity() {
            security = Optional.of(List.of());
            return this;
        }

        public Op validator(String name) {
            validator = Optional.of(name);
            return this;
        }

        public Op ignore(String... ids) {
            documentation.put(Suppressions.KEY, List.of(ids));
            return this;
        }

        Method build() {
            return new Method(verb, Optional.empty(), parameters, body, responses, security, validator, integration,
                    Optional.empty(), Optional.empty(), documentation, Map.of());
        }
    }
}
