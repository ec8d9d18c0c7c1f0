package dev.apigw.simulator.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.api.ContentHandling;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.websocket.WebSocketApi;
import dev.apigw.model.websocket.WebSocketRoute;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.FunctionRunner;
import dev.apigw.simulator.lambda.FunctionTimeoutException;
import dev.apigw.simulator.lambda.FunctionUnavailableException;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.lambda.LambdaArn;
import dev.apigw.simulator.mapping.ResponseSelector;
import dev.apigw.simulator.mapping.UriTemplate;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.vtl.RenderResult;
import dev.apigw.simulator.vtl.TemplateException;
import dev.apigw.simulator.vtl.TemplateInput;
import dev.apigw.simulator.vtl.VtlEngine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a WebSocket route's integration: MOCK (status from the rendered request template), HTTP (request template
 * as the body, integration response and its template on the answer), HTTP_PROXY (the message as is, the backend's
 * body back) and AWS_PROXY (the WebSocket event to a local Lambda function, its {@code statusCode} and {@code body}).
 * The integration's {@code contentHandlingStrategy} {@code CONVERT_TO_BINARY} turns the (base64) message into the
 * bytes sent to the backend; an integration response's {@code CONVERT_TO_TEXT} turns the backend's bytes into base64
 * text and {@code CONVERT_TO_BINARY} turns the (templated) answer into bytes sent back in a binary frame.
 */
final class RouteIntegrator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deployment deployment;
    private final VtlEngine vtl;
    private final HttpClient http;
    private final Functions functions;

    RouteIntegrator(Deployment deployment, VtlEngine vtl, HttpClient http, Functions functions) {
        this.deployment = deployment;
        this.vtl = vtl;
        this.http = http;
        this.functions = functions;
    }

    RouteOutcome call(RouteRequest request, WebSocketRoute route, String domainName) {
        Optional<Integration> integration = route.integration();
        if (integration.isEmpty()) {
            // A route without an integration (allowed for $connect/$disconnect) simply succeeds.
            return new RouteOutcome(200, Optional.empty());
        }
        Integration i = integration.get();
        IntegrationType type = i.type().orElse(IntegrationType.MOCK);
        TemplateInput input = input(request, domainName);
        return switch (type) {
            case MOCK -> mock(request, route, i, input);
            case HTTP -> http(request, route, i, input, false);
            case HTTP_PROXY -> http(request, route, i, input, true);
            case AWS_PROXY -> lambda(request, i, domainName);
            default -> throw new RouteFailure(500, "integration type " + type + " is not supported on WebSocket "
                    + "routes");
        };
    }

    private RouteOutcome mock(RouteRequest request, WebSocketRoute route, Integration i, TemplateInput input) {
        String rendered = requestTemplate(request, route, i, input).orElse("").trim();
        int status = 200;
        if (!rendered.isEmpty()) {
            try {
                JsonNode node = JSON.readTree(rendered);
                JsonNode code = node == null ? null : node.get("statusCode");
                if (code != null && code.canConvertToInt()) {
                    status = code.asInt();
                } else if (code != null && code.isTextual()) {
                    status = Integer.parseInt(code.asText().trim());
                }
            } catch (IOException | NumberFormatException e) {
                throw new RouteFailure(500, "the MOCK request template must render JSON with a statusCode, got: "
                        + rendered);
            }
        }
        return respond(route, i, status, new byte[0], input);
    }

    private RouteOutcome http(RouteRequest request, WebSocketRoute route, Integration i, TemplateInput input,
            boolean proxy) {
        String uri = i.uri().flatMap(TextValue::literal)
                .map(u -> UriTemplate.withStageVariables(u, deployment.stageVariables()))
                .orElseThrow(() -> new RouteFailure(500, "the integration has no uri"));
        String text = proxy ? request.body().orElse("") : requestTemplate(request, route, i, input)
                .orElse(request.body().orElse(""));
        // CONVERT_TO_BINARY: the (templated) text is base64 and the backend gets the bytes it encodes.
        boolean toBinary = toBinary(i.contentHandling());
        byte[] body = toBinary ? Payloads.decode(text, "message") : text.getBytes(StandardCharsets.UTF_8);
        String method = i.httpMethod().filter(m -> !m.isBlank() && !"ANY".equalsIgnoreCase(m)).orElse("POST");
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(uri))
                    .timeout(Duration.ofMillis(i.effectiveTimeoutMillis()));
        } catch (IllegalArgumentException e) {
            throw new RouteFailure(500, "invalid integration uri " + uri);
        }
        b.method(method, "GET".equals(method) || "HEAD".equals(method) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        b.header("Content-Type", toBinary ? "application/octet-stream" : "application/json");
        HttpResponse<byte[]> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new RouteFailure(500, "the backend " + uri + " could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RouteFailure(500, "interrupted");
        }
        if (proxy) {
            // Passed through as is: text when the bytes are UTF-8, else a binary frame (nothing is lost).
            Optional<String> reply = Payloads.utf8(response.body());
            return new RouteOutcome(response.statusCode(), reply,
                    reply.isPresent() ? Optional.empty() : Optional.of(response.body()));
        }
        return respond(route, i, response.statusCode(), response.body(), input);
    }

    private RouteOutcome lambda(RouteRequest request, Integration i, String domainName) {
        String uri = i.uri().flatMap(TextValue::literal)
                .map(u -> UriTemplate.withStageVariables(u, deployment.stageVariables()))
                .orElseThrow(() -> new RouteFailure(500, "the integration has no uri"));
        LambdaArn arn = LambdaArn.fromIntegrationUri(uri).orElseGet(() -> LambdaArn.fromFunction(uri));
        FunctionRunner runner = functions.runner(arn).orElseThrow(() -> new RouteFailure(500,
                "no local binding for Lambda function " + arn.functionName() + "; add it to apigw.yaml, e.g. "
                        + "functions: { " + arn.functionName() + ": { command: [node, handler.js] } }"));
        long functionTimeout = functions.binding(arn).flatMap(FunctionBinding::timeoutSeconds)
                .map(s -> s * 1000L).orElse(Long.MAX_VALUE);
        Duration timeout = Duration.ofMillis(Math.min(i.effectiveTimeoutMillis(), functionTimeout));
        FunctionResult result;
        try {
            result = runner.invoke(arn.functionName(), WebSocketEvent.proxy(request, deployment, domainName,
                    base64Body(request, i)), timeout);
        } catch (FunctionTimeoutException | FunctionUnavailableException e) {
            throw new RouteFailure(500, "Lambda invocation failed: " + e.getMessage());
        }
        if (result.failed()) {
            throw new RouteFailure(500, "the function failed: " + result.payloadText());
        }
        return proxyResponse(result.payloadText());
    }

    /**
     * With {@code CONVERT_TO_BINARY} a message is binary data, which a JSON event can only carry as base64: the
     * event's {@code body} is the message's bytes in base64 and {@code isBase64Encoded} is true. A message that is
     * not base64 fails as the conversion would.
     */
    private static Optional<String> base64Body(RouteRequest request, Integration i) {
        if (!toBinary(i.contentHandling()) || !RouteRequest.MESSAGE.equals(request.eventType())) {
            return Optional.empty();
        }
        return Optional.of(Payloads.encode(Payloads.decode(request.body().orElse(""), "message")));
    }

    private static boolean toBinary(Optional<ContentHandling> handling) {
        return handling.filter(h -> h == ContentHandling.CONVERT_TO_BINARY).isPresent();
    }

    /** A Lambda proxy answer: {@code statusCode} (200 when absent) and {@code body} (sent on two-way routes). */
    static RouteOutcome proxyResponse(String payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (IOException e) {
            throw new RouteFailure(502, "the function's answer is not JSON: " + payload);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new RouteOutcome(200, Optional.empty());
        }
        if (!node.isObject()) {
            return new RouteOutcome(200, Optional.of(node.isTextual() ? node.asText() : node.toString()));
        }
        int status = 200;
        JsonNode code = node.get("statusCode");
        if (code != null && code.canConvertToInt()) {
            status = code.asInt();
        } else if (code != null && code.isTextual()) {
            try {
                status = Integer.parseInt(code.asText().trim());
            } catch (NumberFormatException e) {
                throw new RouteFailure(502, "statusCode " + code + " is not a number");
            }
        }
        JsonNode body = node.get("body");
        Optional<String> reply = body == null || body.isNull() ? Optional.empty()
                : Optional.of(body.isTextual() ? body.asText() : body.toString());
        return new RouteOutcome(status, reply);
    }

    /**
     * Picks the integration response by status and renders its template over the integration's answer, with its
     * {@code contentHandlingStrategy}: CONVERT_TO_TEXT encodes the answer's bytes as base64 before the template (which
     * only ever sees text), CONVERT_TO_BINARY decodes the (templated) base64 text after it into a binary reply.
     * Without one, an answer that is UTF-8 text is templated and bytes that are not pass through untemplated.
     */
    private RouteOutcome respond(WebSocketRoute route, Integration i, int status, byte[] answer,
            TemplateInput input) {
        Optional<IntegrationResponse> selected = ResponseSelector.select(i.responses(),
                Optional.of(Integer.toString(status)));
        Optional<ContentHandling> handling = selected.flatMap(IntegrationResponse::contentHandling);
        Optional<String> text = handling.filter(h -> h == ContentHandling.CONVERT_TO_TEXT).isPresent()
                ? Optional.of(Payloads.encode(answer)) : Payloads.utf8(answer);
        if (text.isEmpty()) {
            return new RouteOutcome(status, Optional.empty(), Optional.of(answer));
        }
        String body = text.get();
        String out = body;
        if (selected.isPresent() && !selected.get().responseTemplates().isEmpty()) {
            IntegrationResponse r = selected.get();
            Optional<String> expression = Optional.ofNullable(route.responseTemplateSelectionExpressions()
                    .get(r.selectionPattern()));
            Optional<String> template = chooseTemplate(r.responseTemplates(), expression,
                    SelectionExpression.parse(body));
            if (template.isPresent()) {
                out = render(route.routeKey() + " integration response", template.get(), input.withBody(body))
                        .output();
            }
        }
        if (out.isEmpty()) {
            return new RouteOutcome(status, Optional.empty());
        }
        if (toBinary(handling)) {
            return new RouteOutcome(status, Optional.empty(), Optional.of(Payloads.decode(out, "integration "
                    + "response")));
        }
        return new RouteOutcome(status, Optional.of(out));
    }

    /** The request template chosen by {@code templateSelectionExpression} (else {@code $default}), rendered. */
    private Optional<String> requestTemplate(RouteRequest request, WebSocketRoute route, Integration i,
            TemplateInput input) {
        if (i.requestTemplates().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> template = chooseTemplate(i.requestTemplates(), route.templateSelectionExpression(),
                SelectionExpression.parse(request.body().orElse("")));
        return template.map(t -> render(route.routeKey() + " request template", t, input).output());
    }

    private static Optional<String> chooseTemplate(Map<String, TextValue> templates, Optional<String> expression,
            Optional<JsonNode> body) {
        Optional<String> key = expression.flatMap(e -> SelectionExpression.evaluate(e, body, Map.of()));
        Optional<TextValue> chosen = key.map(templates::get);
        if (chosen.isEmpty()) {
            chosen = Optional.ofNullable(templates.get(WebSocketApi.DEFAULT));
        }
        if (chosen.isEmpty() && expression.isEmpty() && templates.size() == 1) {
            chosen = templates.values().stream().findFirst();
        }
        return chosen.flatMap(TextValue::literal);
    }

    private RenderResult render(String name, String template, TemplateInput input) {
        try {
            return vtl.render(name, template, input);
        } catch (TemplateException e) {
            throw new RouteFailure(500, "the " + name + " failed: " + e.getMessage());
        }
    }

    private TemplateInput input(RouteRequest request, String domainName) {
        Connection c = request.connection();
        return TemplateInput.builder().body(request.body().orElse(""))
                .headers(RouteRequest.CONNECT.equals(request.eventType()) ? c.headers() : Map.of())
                .queryParameters(RouteRequest.CONNECT.equals(request.eventType()) ? c.query() : Map.<String,
                        List<String>>of())
                .stageVariables(deployment.stageVariables())
                .context(WebSocketEvent.templateContext(request, deployment, domainName)).build();
    }
}
