package dev.apigw.simulator.websocket;


import dev.apigw.model.project.IamCredential;
import dev.apigw.simulator.gateway.Json;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @connections} management API, as the AWS SDK's {@code ApiGatewayManagementApi} calls it with the
 * endpoint {@code http://host:port/<stage>}: {@code POST /@connections/{id}} sends the body to the client (200;
 * a text frame when it is UTF-8, else a binary frame),
 * {@code GET} describes the connection, {@code DELETE} closes it (204); an unknown or closed connection is 410 with
 * {@code x-amzn-ErrorType: GoneException} and no body. The id arrives URL-encoded ({@code %3D} for {@code =}).
 *
 * <p>Unsigned calls are accepted unless the project declares {@code credentials}; then a SigV4
 * signature by one of them is required, verified as for {@code AWS_IAM} methods.
 */
public final class ConnectionsApi {
    private static final Pattern PATH = Pattern.compile("^/(?:@|%40)connections/([^/]+)/?$");

    private final WebSocketEngine engine;
    private final List<IamCredential> credentials;
    private final SigV4Check signatures;

    ConnectionsApi(WebSocketEngine engine, List<IamCredential> credentials, SigV4Check signatures) {
        this.signatures = signatures;
        this.engine = engine;
        this.credentials = List.copyOf(credentials);
    }

    /** Whether a path (after the stage) is a management API path. */
    public static boolean handles(String path) {
        return path.startsWith("/@connections") || path.startsWith("/%40connections");
    }

    /** Handles a request whose path no longer has the stage ({@code /@connections/abc%3D}). */
    public HttpResponse handle(HttpRequest request) {
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return error(403, "MissingAuthenticationTokenException", "{\"message\":\"Missing Authentication Token\"}");
        }
        Optional<HttpResponse> denied = checkSignature(request);
        if (denied.isPresent()) {
            return denied.get();
        }
        String id = decode(m.group(1));
        Optional<Connection> connection = engine.connections().find(id);
        switch (request.method()) {
            case "POST" -> {
                if (connection.isEmpty()) {
                    return gone();
                }
                if (request.body().length > engine.limits().maxMessageBytes()) {
                    return error(413, "PayloadTooLargeException", "{\"message\":\"Request entity too large\"}");
                }
                // AWS does not say which frame carries the data: UTF-8 text goes in a text frame, other bytes in a
                // binary one, unchanged either way.
                Payloads.send(connection.get().channel(), request.body());
                connection.get().active(engine.now());
                return response(200, "");
            }
            case "GET" -> {
                if (connection.isEmpty()) {
                    return gone();
                }
                Connection c = connection.get();
                return response(200, "{\"connectedAt\":" + Json.quote(iso(c.connectedAt())) + ",\"identity\":{"
                        + "\"sourceIp\":" + Json.quote(c.sourceIp()) + ",\"userAgent\":" + Json.quote(c.userAgent())
                        + "},\"lastActiveAt\":" + Json.quote(iso(c.lastActiveAt())) + "}");
            }
            case "DELETE" -> {
                if (connection.isEmpty()) {
                    return gone();
                }
                engine.disconnect(connection.get(), WebSocketEngine.NORMAL, "");
                return response(204, "");
            }
            default -> {
                return error(403, "MissingAuthenticationTokenException",
                        "{\"message\":\"Missing Authentication Token\"}");
            }
        }
    }

    /**
     * With project credentials: a SigV4 signature by one of them, verified as for AWS_IAM methods (the same 403s as
     * API Gateway otherwise).
     */
    private Optional<HttpResponse> checkSignature(HttpRequest request) {
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        return signatures.refusal(request).map(e -> error(e.status(), e.errorType().orElse("ForbiddenException"),
                e.defaultBody()));
    }

    /** Percent-decoding only: a {@code +} in a path is a plus (base64 ids have them), not a space. */
    static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String iso(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static HttpResponse gone() {
        Map<String, List<String>> headers = headers();
        headers.put("x-amzn-ErrorType", List.of("GoneException"));
        return new HttpResponse(410, headers, new byte[0]);
    }

    private static HttpResponse error(int status, String type, String body) {
        Map<String, List<String>> headers = headers();
        headers.put("x-amzn-ErrorType", List.of(type));
        return new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse response(int status, String body) {
        return new HttpResponse(status, headers(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("x-amzn-RequestId", List.of(UUID.randomUUID().toString()));
        return headers;
    }
}
