package dev.apigw.simulator.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiSettings;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.api.ServerInfo;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Stage;
import dev.apigw.simulator.auth.lambda.AuthorizerEvent;
import dev.apigw.simulator.auth.policy.ExecuteApiArn;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.httpapi.HttpApiRoutes;
import dev.apigw.simulator.httpapi.PayloadV2;
import dev.apigw.simulator.lambda.ProxyEvent;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.routing.ResourceTree;
import dev.apigw.simulator.routing.RouteMatch;
import dev.apigw.simulator.websocket.ClientChannel;
import dev.apigw.simulator.websocket.Connection;
import dev.apigw.simulator.websocket.RouteRequest;
import dev.apigw.simulator.websocket.SelectionExpression;
import dev.apigw.simulator.websocket.WebSocketEvent;
import dev.apigw.simulator.websocket.WebSocketIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sample events for testing a function locally, built the way the pipeline builds them at run time: an
 * {@link HttpRequest} and a minimal one-route API are deployed to a stage, the route is matched by the pipeline's own
 * matchers ({@link ResourceTree}, {@link HttpApiRoutes}) and the event comes from the class the integration or the
 * authorizer uses ({@link ProxyEvent}, {@link PayloadV2}, {@link AuthorizerEvent}, {@link WebSocketEvent}), so the
 * samples and the simulator cannot drift apart.
 *
 * <p>Unless {@link EventInput#defaultHeaders()} is off, the request carries what a client and API Gateway's front
 * door usually add: {@code Accept}, {@code Host}, {@code User-Agent}, {@code X-Amzn-Trace-Id},
 * {@code X-Forwarded-For/Port/Proto}, a {@code Content-Type} for a body (JSON or plain text), and for a WebSocket
 * handshake its {@code Sec-WebSocket-*} headers. The client's own headers replace those of the same name.
 */
public final class SampleEvents {
    /** The token authorizer events carry when none is given: what AWS's sample authorizer function allows. */
    public static final String DEFAULT_TOKEN = "allow";
    public static final String DEFAULT_USER_AGENT = "curl/8.5.0";
    /** REST and WebSocket APIs' stage when none is given; HTTP APIs use {@code $default}. */
    public static final String DEFAULT_STAGE = "dev";
    /** The route selection expression most WebSocket APIs use, for a message's route key. */
    public static final String ROUTE_SELECTION = "$request.body.action";
    /** The API id comes from this title, as a deployed API's does from its own. */
    static final String API_TITLE = "apigw sample events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ClientChannel NO_CHANNEL = new ClientChannel() {
        @Override
        public void send(String text) {
        }

        @Override
        public void close(int code, String reason) {
        }
    };

    private SampleEvents() {
    }

    static byte[] restProxy(EventInput in) {
        return ProxyEvent.build(rest(in, in.headers()), new BinaryMediaTypes(in.binaryMediaTypes()));
    }

    static byte[] httpApiProxy(EventInput in) {
        return PayloadV2.event(httpApi(in, in.headers()));
    }

    static byte[] httpApiProxyV1(EventInput in) {
        return ProxyEvent.httpApi(httpApi(in, in.headers()));
    }

    /** The token is the {@code Authorization} header's value, as with the usual identity source. */
    static byte[] tokenAuthorizer(EventInput in) {
        Invocation inv = rest(in, withAuthorization(in));
        return AuthorizerEvent.token(token(in), ExecuteApiArn.of(inv));
    }

    static byte[] requestAuthorizer(EventInput in) {
        Invocation inv = rest(in, withAuthorization(in));
        return AuthorizerEvent.request(inv, ExecuteApiArn.of(inv));
    }

    /** With the default identity source, {@code $request.header.Authorization}. */
    static byte[] httpApiAuthorizer(EventInput in) {
        Invocation inv = httpApi(in, withAuthorization(in));
        return AuthorizerEvent.httpApi(inv, ExecuteApiArn.of(inv), List.of(token(in)));
    }

    static byte[] webSocketConnect(EventInput in) {
        return webSocket(in, RouteRequest.CONNECT);
    }

    static byte[] webSocketMessage(EventInput in) {
        return webSocket(in, RouteRequest.MESSAGE);
    }

    static byte[] webSocketDisconnect(EventInput in) {
        return webSocket(in, RouteRequest.DISCONNECT);
    }

    /** A REST API request matched to its resource, as the pipeline's route step leaves it. */
    private static Invocation rest(EventInput in, Map<String, List<String>> headers) {
        Deployment deployment = deployment(ApiType.REST, in.stage().orElse(DEFAULT_STAGE), in);
        HttpRequest request = request(in, headers, deployment);
        String resourcePath = checkedResource(in.resource().orElse(request.path()));
        Method method = method(request.method());
        Resource resource = new Resource(resourcePath, List.of(method), List.of(), Map.of());
        RouteMatch match = new ResourceTree(List.of(resource)).match(request.path())
                .orElseThrow(() -> mismatch(request.path(), resourcePath));
        Invocation inv = new Invocation(request, deployment, in.time(), false);
        inv.matched(resource, method, match.pathParameters());
        return inv;
    }

    /** An HTTP API request matched to its route (the {@code $default} route unless a resource is given). */
    private static Invocation httpApi(EventInput in, Map<String, List<String>> headers) {
        Deployment deployment = deployment(ApiType.HTTP, in.stage().orElse(ContextValues.DEFAULT_STAGE), in);
        HttpRequest request = request(in, headers, deployment);
        String routePath = in.resource().map(SampleEvents::checkedResource).orElse("$default");
        Method method = method(in.resource().isPresent() ? request.method() : Method.ANY);
        Resource resource = new Resource(routePath, List.of(method), List.of(), Map.of());
        HttpApiRoutes.Match match = new HttpApiRoutes(List.of(resource)).match(request.method(), request.path())
                .orElseThrow(() -> mismatch(request.path(), routePath));
        Invocation inv = new Invocation(request, deployment, in.time(), false);
        inv.matched(match.resource(), match.method(), match.pathParameters());
        inv.routeKey(match.routeKey());
        return inv;
    }

    private static byte[] webSocket(EventInput in, String eventType) {
        String stage = in.stage().orElse(DEFAULT_STAGE);
        Deployment deployment = deployment(ApiType.WEBSOCKET, stage, in);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (in.defaultHeaders()) {
            webSocketHeaders(headers, deployment, in);
        }
        replace(headers, in.headers());
        Map<String, List<String>> query = new LinkedHashMap<>(HttpRequest.builder("GET", in.target()).build().query());
        in.query().forEach((k, vs) -> query.merge(k, vs, SampleEvents::concat));
        boolean connect = RouteRequest.CONNECT.equals(eventType);
        // A message or a disconnect comes on a connection opened a minute before.
        Instant connectedAt = connect ? in.time() : in.time().minusSeconds(60);
        Connection connection = new Connection(WebSocketIds.next(), stage, connectedAt, in.sourceIp(),
                HttpHeaders.first(headers, "User-Agent").orElse(""), headers, query, Map.of(), NO_CHANNEL);
        // As the engine: the host the client connected to, else the execute-api name.
        String domainName = HttpHeaders.first(headers, "Host").orElse(deployment.domainName());
        RouteRequest request = switch (eventType) {
            case RouteRequest.CONNECT -> RouteRequest.connect(connection, WebSocketIds.next(), in.time());
            case RouteRequest.MESSAGE -> {
                String body = new String(in.body(), StandardCharsets.UTF_8);
                String routeKey = in.routeKey().orElseGet(() -> SelectionExpression.evaluate(ROUTE_SELECTION,
                        SelectionExpression.parse(body), headers).orElse("$default"));
                yield RouteRequest.message(connection, routeKey, body, WebSocketIds.next(), WebSocketIds.next(),
                        in.time());
            }
            default -> RouteRequest.disconnect(connection, WebSocketIds.next(), in.time(), in.closeCode(),
                    in.closeReason());
        };
        return WebSocketEvent.proxy(request, deployment, domainName);
    }

    private static Deployment deployment(ApiType type, String stageName, EventInput in) {
        ApiDefinition api = new ApiDefinition(type, type == ApiType.WEBSOCKET ? "websocket" : "3.0.1",
                Map.of("title", API_TITLE, "version", "1"), ServerInfo.none(), List.of(), Map.of(), Map.of(),
                Map.of(), Optional.empty(), ApiSettings.none(), Optional.empty(), Map.of(), Map.of(), Map.of());
        Stage stage = Stage.named(stageName).withVariables(in.stageVariables());
        ProjectConfig config = new ProjectConfig(Optional.empty(), Optional.of(type), Map.of(),
                Map.of(stageName, stage), List.of(), List.of(), Map.of(), List.of(), Map.of());
        return in.apiId().map(id -> Deployment.of(api, config, stage, id))
                .orElseGet(() -> Deployment.of(api, config, stage));
    }

    private static HttpRequest request(EventInput in, Map<String, List<String>> clientHeaders, Deployment d) {
        HttpRequest.Builder builder = HttpRequest.builder(in.method(), in.target());
        in.query().forEach((name, values) -> values.forEach(v -> builder.query(name, v)));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (in.defaultHeaders()) {
            headers.put("Accept", List.of("*/*"));
            if (in.body().length > 0) {
                headers.put("Content-Type", List.of(isJson(in.body()) ? "application/json" : "text/plain"));
            }
            headers.put("Host", List.of(d.domainName()));
            headers.put("User-Agent", List.of(DEFAULT_USER_AGENT));
            frontDoor(headers, in);
        }
        replace(headers, clientHeaders);
        headers.forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        return builder.body(in.body()).sourceIp(in.sourceIp()).build();
    }

    private static void webSocketHeaders(Map<String, List<String>> headers, Deployment d, EventInput in) {
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        headers.put("Host", List.of(d.domainName()));
        headers.put("Sec-WebSocket-Extensions", List.of("permessage-deflate; client_max_window_bits"));
        headers.put("Sec-WebSocket-Key", List.of(Base64.getEncoder().encodeToString(key)));
        headers.put("Sec-WebSocket-Version", List.of("13"));
        headers.put("User-Agent", List.of(DEFAULT_USER_AGENT));
        frontDoor(headers, in);
    }

    /** What API Gateway's front door adds to every request. */
    private static void frontDoor(Map<String, List<String>> headers, EventInput in) {
        headers.put("X-Amzn-Trace-Id", List.of(traceId(in.time())));
        headers.put("X-Forwarded-For", List.of(in.sourceIp()));
        headers.put("X-Forwarded-Port", List.of("443"));
        headers.put("X-Forwarded-Proto", List.of("https"));
    }

    /** The client's headers replace the defaults of the same name (any case) and keep their own spelling. */
    private static void replace(Map<String, List<String>> headers, Map<String, List<String>> clientHeaders) {
        Set<String> seen = new LinkedHashSet<>();
        clientHeaders.forEach((name, values) -> {
            if (seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                HttpHeaders.remove(headers, name);
            }
            values.forEach(v -> HttpHeaders.add(headers, name, v));
        });
    }

    private static Map<String, List<String>> withAuthorization(EventInput in) {
        Map<String, List<String>> headers = new LinkedHashMap<>(in.headers());
        HttpHeaders.set(headers, "Authorization", token(in));
        return headers;
    }

    /** The given token, else the client's {@code Authorization} header, else {@link #DEFAULT_TOKEN}. */
    private static String token(EventInput in) {
        return in.token().or(() -> HttpHeaders.first(in.headers(), "Authorization")).orElse(DEFAULT_TOKEN);
    }

    private static Method method(String httpMethod) {
        return new Method(httpMethod, Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
    }

    private static String checkedResource(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("the resource path '" + path + "' must start with /");
        }
        return path;
    }

    private static IllegalArgumentException mismatch(String path, String resource) {
        return new IllegalArgumentException("the path " + path + " does not match the resource " + resource);
    }

    private static boolean isJson(byte[] body) {
        try {
            return JSON.readTree(body) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** An X-Ray trace header value, {@code Root=1-<epoch seconds, hex>-<24 hex digits>}. */
    private static String traceId(Instant time) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder id = new StringBuilder("Root=1-").append(Long.toHexString(time.getEpochSecond())).append('-');
        for (int i = 0; i < 24; i++) {
            id.append(Character.forDigit(random.nextInt(16), 16));
        }
        return id.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
