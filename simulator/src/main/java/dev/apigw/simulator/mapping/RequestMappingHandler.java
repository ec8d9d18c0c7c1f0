package dev.apigw.simulator.mapping;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import dev.apigw.simulator.vtl.RenderResult;
import dev.apigw.simulator.vtl.VtlEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the integration request: {@code requestParameters} mapping, the request template (or passthrough) for
 * non-proxy integrations, {@code $context.requestOverride.*}, and the URI with stage variables and path
 * parameters filled in. Proxy integrations get the client's headers, query string and body as they came.
 */
public final class RequestMappingHandler implements Handler {
    private final VtlEngine vtl;
    private final BinaryMediaTypes binary;

    public RequestMappingHandler(VtlEngine vtl, BinaryMediaTypes binary) {
        this.vtl = vtl;
        this.binary = binary;
    }

    @Override
    public Outcome handle(Invocation inv) {
        if (inv.integration().isEmpty()) {
            inv.logError("map request", "Execution failed due to configuration error: the method has no integration");
            throw GatewayErrors.internalError();
        }
        Integration integration = inv.integration().get();
        IntegrationType type = integration.type().orElse(IntegrationType.MOCK);
        boolean proxy = type.isProxy();

        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, List<String>> query = new LinkedHashMap<>();
        Map<String, String> path = new LinkedHashMap<>();
        if (proxy) {
            inv.request().headers().forEach((k, v) -> headers.put(k, new ArrayList<>(v)));
            inv.request().query().forEach((k, v) -> query.put(k, new ArrayList<>(v)));
        }
        mapParameters(inv, integration, headers, query, path);

        byte[] body = proxy ? inv.request().body() : mapBody(inv, integration, headers, query, path);
        String uri = integration.uri().flatMap(u -> u.literal()).orElse("");
        uri = UriTemplate.withStageVariables(uri, inv.stageVariables());
        if (type == IntegrationType.HTTP || type == IntegrationType.HTTP_PROXY || type == IntegrationType.AWS) {
            Map<String, String> fill = new LinkedHashMap<>(inv.pathParameters());
            fill.putAll(path);
            uri = UriTemplate.withPathParameters(uri, fill);
        }
        String httpMethod = integration.httpMethod().filter(m -> !m.equalsIgnoreCase("ANY"))
                .orElse(inv.request().method());
        IntegrationRequest request = new IntegrationRequest(httpMethod.toUpperCase(java.util.Locale.ROOT), uri,
                headers, query, path, body);
        inv.integrationRequest(request);
        if (type != IntegrationType.MOCK) {
            inv.log("map request", "Endpoint request URI: " + uri);
            inv.logData("map request", "Endpoint request headers: ", request.headers());
        }
        inv.logData("map request", "Endpoint request body after transformations: ", Invocation.text(request.body()));
        return Outcome.CONTINUE;
    }

    /**
     * The non-proxy body: {@code contentHandling} applied as AWS's conversion table says, and the request template
     * (or passthrough) on the text form. A binary payload that stays binary passes through untemplated.
     */
    private byte[] mapBody(Invocation inv, Integration integration, Map<String, List<String>> headers,
            Map<String, List<String>> query, Map<String, String> path) {
        Optional<String> contentType = HttpHeaders.first(inv.request().headers(), "Content-Type");
        boolean binaryPayload = binary.isBinary(contentType);
        ContentConversion conversion = ContentConversion.forRequest(binaryPayload, integration.contentHandling());
        if (conversion != ContentConversion.NONE) {
            inv.log("map request", "Content handling " + integration.contentHandling().map(Enum::name).orElse("")
                    + ": the " + (binaryPayload ? "binary" : "text") + " payload is "
                    + (conversion == ContentConversion.ENCODE ? "base64-encoded" : "base64-decoded"));
        }
        if (binaryPayload && conversion == ContentConversion.NONE) {
            inv.log("map request", "Binary payload (" + ContentTypes.mediaType(contentType)
                    + " is a binary media type) passes through without a template");
            return inv.request().body();
        }
        byte[] text = conversion == ContentConversion.ENCODE
                ? conversion.apply(inv.request().body(), inv, "map request")
                : inv.request().body();
        String mediaType = ContentTypes.mediaType(contentType);
        Optional<Map.Entry<String, String>> template;
        try {
            template = RequestTemplateSelector.select(integration, mediaType);
        } catch (GatewayResponseException e) {
            inv.logError("map request", "Unsupported Media Type: no request template for " + mediaType
                    + ", and passthroughBehavior " + integration.passthroughBehavior().map(Enum::name)
                    .orElse("WHEN_NO_MATCH") + " does not pass the body through");
            throw e;
        }
        if (template.isPresent()) {
            RenderResult result = vtl.render(TemplateNames.request(template.get().getKey()),
                    template.get().getValue(), TemplateInputs.forBody(inv, new String(text, StandardCharsets.UTF_8)));
            inv.requestTemplateResult(result);
            text = result.output().getBytes(StandardCharsets.UTF_8);
            for (Map.Entry<String, String> h : result.requestHeaderOverrides().entrySet()) {
                HttpHeaders.set(headers, h.getKey(), h.getValue());
            }
            for (Map.Entry<String, String> q : result.requestQueryOverrides().entrySet()) {
                query.put(q.getKey(), new ArrayList<>(List.of(q.getValue())));
            }
            path.putAll(result.requestPathOverrides());
            if (inv.traced()) {
                inv.log("map request", "Request template " + template.get().getKey() + " applied");
            }
        } else {
            inv.log("map request", "No template for " + mediaType + "; the body passes through ("
                    + integration.passthroughBehavior().map(Enum::name).orElse("WHEN_NO_MATCH") + ")");
        }
        return conversion == ContentConversion.DECODE ? conversion.apply(text, inv, "map request") : text;
    }

    private static void mapParameters(Invocation inv, Integration integration, Map<String, List<String>> headers,
            Map<String, List<String>> query, Map<String, String> path) {
        integration.requestParameters().forEach((target, source) -> {
            Optional<String> value = MappingValues.resolve(source, inv, Optional.empty());
            if (value.isEmpty()) {
                return;
            }
            if (target.startsWith("integration.request.header.")) {
                HttpHeaders.set(headers, target.substring("integration.request.header.".length()), value.get());
            } else if (target.startsWith("integration.request.querystring.")) {
                query.put(target.substring("integration.request.querystring.".length()),
                        new ArrayList<>(MappingValues.values(source, inv, value.get())));
            } else if (target.startsWith("integration.request.multivaluequerystring.")) {
                query.put(target.substring("integration.request.multivaluequerystring.".length()),
                        new ArrayList<>(List.of(value.get().split(","))));
            } else if (target.startsWith("integration.request.path.")) {
                path.put(target.substring("integration.request.path.".length()), value.get());
            }
        });
    }
}
