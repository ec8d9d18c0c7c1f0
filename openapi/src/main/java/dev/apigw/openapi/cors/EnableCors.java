package dev.apigw.openapi.cors;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.CorsConfiguration;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.PassthroughBehavior;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.TextValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The API Gateway console's "Enable CORS", applied to every resource of an imported REST API. Each resource with
 * methods gets an OPTIONS method (authorization NONE) with a MOCK integration ({@code {"statusCode": 200}}) whose 200
 * response sets {@code Access-Control-Allow-Headers}, {@code -Methods} and {@code -Origin}; the other methods with
 * non-proxy integrations get {@code Access-Control-Allow-Origin} on their 200 response (a proxy integration's
 * backend must send CORS headers itself, as AWS notes). Existing OPTIONS methods are kept as they are.
 *
 * <p>One origin (or {@code *}) is a static header value, exactly what the console writes. Several origins cannot
 * be one static value, so the response templates echo the request's {@code Origin} when it is one of them (through
 * {@code $context.responseOverride.header}). An HTTP API gets {@code x-amazon-apigateway-cors} instead, unless it
 * has one.
 */
public final class EnableCors {
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String HEADER = "method.response.header.";
    private static final List<String> ANY_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST",
            "PUT");

    private EnableCors() {
    }

    public static ApiDefinition apply(ApiDefinition api, CorsOptions options) {
        if (api.type() == ApiType.HTTP) {
            return httpApi(api, options);
        }
        List<Resource> resources = new ArrayList<>();
        for (Resource resource : api.resources()) {
            resources.add(resource.methods().isEmpty() ? resource : resource(resource, options));
        }
        return api.withResources(resources);
    }

    private static Resource resource(Resource resource, CorsOptions options) {
        List<Method> methods = new ArrayList<>();
        for (Method method : resource.methods()) {
            methods.add(method.httpMethod().equalsIgnoreCase("OPTIONS") ? method : withAllowOrigin(method, options));
        }
        if (resource.method("OPTIONS").isEmpty()) {
            methods.add(options(allowMethods(resource, options), options));
        }
        return new Resource(resource.path(), methods, resource.parameters(), resource.documentation());
    }

    /** The resource's methods plus OPTIONS, in the console's (alphabetical) order; ANY stands for all of them. */
    static String allowMethods(Resource resource, CorsOptions options) {
        if (options.allowMethods().isPresent()) {
            return options.allowMethods().get();
        }
        TreeSet<String> verbs = new TreeSet<>();
        for (Method m : resource.methods()) {
            if (m.isAny()) {
                verbs.addAll(ANY_METHODS);
            } else {
                verbs.add(m.httpMethod().toUpperCase(Locale.ROOT));
            }
        }
        verbs.add("OPTIONS");
        return String.join(",", verbs);
    }

    private static Method options(String allowMethods, CorsOptions options) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(HEADER + ALLOW_HEADERS, quoted(options.allowHeaders()));
        parameters.put(HEADER + ALLOW_METHODS, quoted(allowMethods));
        Map<String, TextValue> templates = new LinkedHashMap<>();
        if (options.singleOrigin()) {
            parameters.put(HEADER + ALLOW_ORIGIN, quoted(options.origins().get(0)));
        } else {
            templates.put("application/json", new TextValue.Literal(echoOrigin(options)));
        }
        Integration mock = Integration.builder()
                .type(IntegrationType.MOCK)
                .requestTemplates(Map.of("application/json", new TextValue.Literal("{\"statusCode\": 200}")))
                .passthroughBehavior(PassthroughBehavior.WHEN_NO_MATCH)
                .responses(List.of(new IntegrationResponse(IntegrationResponse.DEFAULT, "200", parameters, templates,
                        Optional.empty(), Map.of())))
                .build();
        Map<String, Map<String, Object>> headers = new LinkedHashMap<>();
        for (String h : List.of(ALLOW_HEADERS, ALLOW_METHODS, ALLOW_ORIGIN)) {
            headers.put(h, stringHeader());
        }
        MethodResponse ok = new MethodResponse("200", Optional.empty(), headers, Map.of(),
                Map.of("description", "200 response"));
        return new Method("OPTIONS", Optional.empty(), List.of(), Optional.empty(), List.of(ok),
                Optional.of(List.of()), Optional.empty(), Optional.of(mock), Optional.empty(), Optional.empty(),
                Map.of(), Map.of());
    }

    /** Adds Access-Control-Allow-Origin to the method's 200 response, unless its integration is a proxy. */
    private static Method withAllowOrigin(Method method, CorsOptions options) {
        Optional<Integration> integration = method.integration();
        if (integration.isEmpty() || integration.get().isReference()
                || integration.get().type().map(IntegrationType::isProxy).orElse(false)) {
            return method;
        }
        List<MethodResponse> responses = new ArrayList<>();
        boolean found = false;
        for (MethodResponse r : method.responses()) {
            if (r.statusCode().equals("200")) {
                found = true;
                Map<String, Map<String, Object>> headers = new LinkedHashMap<>(r.headers());
                headers.putIfAbsent(ALLOW_ORIGIN, stringHeader());
                responses.add(new MethodResponse(r.statusCode(), r.ref(), headers, r.content(), r.documentation()));
            } else {
                responses.add(r);
            }
        }
        if (!found) {
            responses.add(new MethodResponse("200", Optional.empty(), Map.of(ALLOW_ORIGIN, stringHeader()), Map.of(),
                    Map.of("description", "200 response")));
        }
        List<IntegrationResponse> integrationResponses = new ArrayList<>();
        for (IntegrationResponse r : integration.get().responses()) {
            integrationResponses.add(r.statusCode().equals("200") ? allowOrigin(r, options) : r);
        }
        Integration updated = integration.get().toBuilder().responses(integrationResponses).build();
        return new Method(method.httpMethod(), method.operationId(), method.parameters(), method.requestBody(),
                responses, method.security(), method.requestValidator(), Optional.of(updated), method.auth(),
                method.defaultRoute(), method.documentation(), method.unknownExtensions());
    }

    private static IntegrationResponse allowOrigin(IntegrationResponse response, CorsOptions options) {
        Map<String, String> parameters = new LinkedHashMap<>(response.responseParameters());
        Map<String, TextValue> templates = new LinkedHashMap<>(response.responseTemplates());
        if (options.singleOrigin()) {
            parameters.putIfAbsent(HEADER + ALLOW_ORIGIN, quoted(options.origins().get(0)));
        } else if (templates.isEmpty()) {
            // No template passes the body through; this one does the same after setting the header.
            templates.put("application/json", new TextValue.Literal(echoOrigin(options) + "$input.body"));
        } else {
            templates.replaceAll((type, t) -> t.literal().<TextValue>map(
                    text -> new TextValue.Literal(echoOrigin(options) + text)).orElse(t));
        }
        return new IntegrationResponse(response.selectionPattern(), response.statusCode(), parameters, templates,
                response.contentHandling(), response.unknownProperties());
    }

    /** VTL setting Access-Control-Allow-Origin (and Vary) to the caller's Origin when it is an allowed one. */
    static String echoOrigin(CorsOptions options) {
        StringBuilder condition = new StringBuilder();
        for (String origin : options.origins()) {
            if (condition.length() > 0) {
                condition.append(" || ");
            }
            condition.append("$corsOrigin == \"").append(origin).append('"');
        }
        return "#set($corsOrigin = $input.params().header.get('Origin'))"
                + "#if(\"$!corsOrigin\" == \"\")#set($corsOrigin = $input.params().header.get('origin'))#end\n"
                + "#if(" + condition + ")"
                + "#set($context.responseOverride.header." + ALLOW_ORIGIN + " = $corsOrigin)"
                + "#set($context.responseOverride.header.Vary = \"Origin\")#end\n";
    }

    private static ApiDefinition httpApi(ApiDefinition api, CorsOptions options) {
        ApiSettings s = api.settings();
        if (s.cors().isPresent()) {
            return api;
        }
        CorsConfiguration cors = new CorsConfiguration(Optional.of(options.origins()), Optional.empty(),
                Optional.empty(), Optional.empty(),
                Optional.of(split(options.allowMethods().orElse("*"))), Optional.of(split(options.allowHeaders())));
        ApiSettings settings = new ApiSettings(s.apiKeySource(), s.binaryMediaTypes(), s.gatewayResponses(),
                s.requestValidators(), s.defaultRequestValidator(), Optional.of(cors), s.endpointConfiguration(),
                s.policy(), s.minimumCompressionSize(), s.documentation(), s.importExportVersion(), s.securityPolicy(),
                s.endpointAccessMode(), s.auth());
        return new ApiDefinition(api.type(), api.specVersion(), api.info(), api.servers(), api.resources(),
                api.models(), api.securitySchemes(), api.sharedIntegrations(), api.security(), settings, api.tags(),
                api.otherComponents(), api.documentation(), api.unknownExtensions());
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static String quoted(String value) {
        return "'" + value + "'";
    }

    private static Map<String, Object> stringHeader() {
        return Map.of("schema", Map.of("type", "string"));
    }
}
