package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apigw generate-event}: each type has the fields API Gateway documents for it, the options change the
 * request it describes, the event can go to a file (never over one without --force), and mistakes are usage errors.
 */
class GenerateEventCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final String CLF = "\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000";
    /** 2015-04-09T12:34:56Z, the moment of AWS's examples. */
    private static final String TIME = "2015-04-09T12:34:56Z";
    private static final long EPOCH_MILLIS = 1428582896000L;

    @TempDir
    Path tmp;

    static JsonNode event(String... args) {
        List<String> all = new ArrayList<>(List.of("generate-event"));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        try {
            return JSON.readTree(run.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Nested
    class Types {
        @Test
        void listPrintsEveryTypeOnOneLine() {
            CliRun run = CliRun.of("generate-event", "--list");
            assertThat(run.exitCode()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(9);
            assertThat(lines.stream().map(l -> l.split(" ")[0]).toList()).containsExactly("apigateway-aws-proxy",
                    "http-api-proxy", "http-api-proxy-v1", "authorizer-token", "authorizer-request",
                    "http-api-authorizer", "websocket-connect", "websocket-message", "websocket-disconnect");
            assertThat(lines.get(0)).contains("REST API Lambda proxy integration");
        }

        @Test
        void withoutATypeItListsThemToo() {
            assertThat(CliRun.of("generate-event").out()).isEqualTo(CliRun.of("generate-event", "--list").out());
        }

        @Test
        void listAsJson() throws Exception {
            JsonNode list = JSON.readTree(CliRun.of("generate-event", "--list", "--output", "json").out());
            assertThat(list.path("types")).hasSize(9);
            assertThat(list.at("/types/1/type").asText()).isEqualTo("http-api-proxy");
            assertThat(list.at("/types/1/description").asText()).contains("payload format 2.0");
        }

        @Test
        void unknownTypeIsAUsageErrorNamingTheValidOnes() {
            CliRun run = CliRun.of("generate-event", "s3-put");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("unknown event type 's3-put'")
                    .contains("apigateway-aws-proxy, http-api-proxy, http-api-proxy-v1, authorizer-token, "
                            + "authorizer-request, http-api-authorizer, websocket-connect, websocket-message, "
                            + "websocket-disconnect");
        }
    }

    @Nested
    class RestProxy {
        @Test
        void hasTheDocumentedFieldsWithNullsForWhatIsAbsent() {
            JsonNode e = event("apigateway-aws-proxy", "--time", TIME);
            assertThat(fieldNames(e)).containsExactly("resource", "path", "httpMethod", "headers",
                    "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters",
                    "pathParameters", "stageVariables", "requestContext", "body", "isBase64Encoded");
            assertThat(e.get("resource").asText()).isEqualTo("/");
            assertThat(e.get("path").asText()).isEqualTo("/");
            assertThat(e.get("httpMethod").asText()).isEqualTo("GET");
            assertThat(e.get("queryStringParameters").isNull()).isTrue();
            assertThat(e.get("multiValueQueryStringParameters").isNull()).isTrue();
            assertThat(e.get("pathParameters").isNull()).isTrue();
            assertThat(e.get("stageVariables").isNull()).isTrue();
            assertThat(e.get("body").isNull()).isTrue();
            assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
            assertThat(e.at("/headers/User-Agent").asText()).isNotEmpty();
            assertThat(e.at("/headers/X-Forwarded-Proto").asText()).isEqualTo("https");
            assertThat(e.at("/headers/X-Amzn-Trace-Id").asText()).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
            assertThat(e.at("/multiValueHeaders/Accept").toString()).isEqualTo("[\"*/*\"]");
        }

        @Test
        void requestContextIsTheRestOne() {
            JsonNode c = event("apigateway-aws-proxy", "--path", "/pets", "--time", TIME).get("requestContext");
            assertThat(fieldNames(c)).containsExactly("resourceId", "resourcePath", "httpMethod",
                    "extendedRequestId", "requestTime", "path", "accountId", "protocol", "stage", "domainPrefix",
                    "requestTimeEpoch", "requestId", "identity", "domainName", "deploymentId", "apiId");
            assertThat(c.get("deploymentId").asText()).matches("[a-z0-9]{6}");
            String apiId = c.get("apiId").asText();
            assertThat(apiId).matches("[a-z0-9]{10}");
            assertThat(c.get("domainPrefix").asText()).isEqualTo(apiId);
            assertThat(c.get("domainName").asText()).isEqualTo(apiId + ".execute-api.us-east-1.amazonaws.com");
            assertThat(c.get("accountId").asText()).isEqualTo("123456789012");
            assertThat(c.get("resourceId").asText()).matches("[a-z0-9]{6}");
            assertThat(c.get("resourcePath").asText()).isEqualTo("/pets");
            assertThat(c.get("path").asText()).isEqualTo("/dev/pets");
            assertThat(c.get("stage").asText()).isEqualTo("dev");
            assertThat(c.get("protocol").asText()).isEqualTo("HTTP/1.1");
            assertThat(c.get("requestId").asText()).matches(UUID);
            assertThat(c.get("extendedRequestId").asText()).matches("[A-Za-z0-9]{15}=");
            assertThat(c.get("requestTime").asText()).isEqualTo("09/Apr/2015:12:34:56 +0000");
            assertThat(c.get("requestTimeEpoch").asLong()).isEqualTo(EPOCH_MILLIS);
            assertThat(c.at("/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
            assertThat(c.at("/identity").has("cognitoIdentityId")).isTrue();
            assertThat(c.at("/identity/cognitoIdentityId").isNull()).isTrue();
        }

        @Test
        void methodPathResourceAndBodyDescribeTheRequest() {
            JsonNode e = event("apigateway-aws-proxy", "--method", "post", "--path", "/pets/7",
                    "--resource", "/pets/{id}", "--body", "{\"name\":\"Rex\"}");
            assertThat(e.get("httpMethod").asText()).isEqualTo("POST");
            assertThat(e.get("resource").asText()).isEqualTo("/pets/{id}");
            assertThat(e.get("path").asText()).isEqualTo("/pets/7");
            assertThat(e.get("pathParameters").toString()).isEqualTo("{\"id\":\"7\"}");
            assertThat(e.at("/requestContext/resourcePath").asText()).isEqualTo("/pets/{id}");
            assertThat(e.at("/requestContext/httpMethod").asText()).isEqualTo("POST");
            assertThat(e.get("body").asText()).isEqualTo("{\"name\":\"Rex\"}");
            assertThat(e.at("/headers/Content-Type").asText()).isEqualTo("application/json");
        }

        @Test
        void headersAndQueryKeepEveryValueInTheMultiValueMaps() {
            JsonNode e = event("apigateway-aws-proxy", "--path", "/pets?type=dog", "--query", "tag=a",
                    "--query", "tag=b", "--header", "X-Trace=1", "--header", "X-Trace=2", "--header",
                    "user-agent=tests");
            assertThat(e.get("queryStringParameters").toString()).isEqualTo("{\"type\":\"dog\",\"tag\":\"b\"}");
            assertThat(e.at("/multiValueQueryStringParameters/tag").toString()).isEqualTo("[\"a\",\"b\"]");
            assertThat(e.at("/headers/X-Trace").asText()).isEqualTo("2");
            assertThat(e.at("/multiValueHeaders/X-Trace").toString()).isEqualTo("[\"1\",\"2\"]");
            // A header given replaces the default one of that name, in the spelling given.
            assertThat(e.at("/headers/user-agent").asText()).isEqualTo("tests");
            assertThat(e.at("/headers").has("User-Agent")).isFalse();
            assertThat(e.at("/requestContext/identity/userAgent").asText()).isEqualTo("tests");
        }

        @Test
        void stageStageVariablesSourceIpAndApiId() {
            JsonNode e = event("apigateway-aws-proxy", "--path", "/x", "--stage", "prod", "--stage-var", "env=p",
                    "--source-ip", "203.0.113.9", "--api-id", "a1b2c3d4e5");
            assertThat(e.at("/requestContext/stage").asText()).isEqualTo("prod");
            assertThat(e.at("/requestContext/path").asText()).isEqualTo("/prod/x");
            assertThat(e.get("stageVariables").toString()).isEqualTo("{\"env\":\"p\"}");
            assertThat(e.at("/requestContext/identity/sourceIp").asText()).isEqualTo("203.0.113.9");
            assertThat(e.at("/headers/X-Forwarded-For").asText()).isEqualTo("203.0.113.9");
            assertThat(e.at("/requestContext/apiId").asText()).isEqualTo("a1b2c3d4e5");
            assertThat(e.at("/headers/Host").asText()).isEqualTo("a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
        }

        @Test
        void bodyFromAFileAndBinaryMediaTypesBase64Encode() throws Exception {
            Path png = tmp.resolve("dot.png");
            Files.write(png, new byte[] {1, 2, 3});
            JsonNode e = event("apigateway-aws-proxy", "--method", "PUT", "--body", "@" + png, "--header",
                    "Content-Type=image/png", "--binary-media-type", "image/*");
            assertThat(e.get("body").asText()).isEqualTo("AQID");
            assertThat(e.get("isBase64Encoded").asBoolean()).isTrue();
        }

        @Test
        void noDefaultHeadersLeavesOnlyTheGivenOnes() {
            assertThat(event("apigateway-aws-proxy", "--no-default-headers").get("headers").isNull()).isTrue();
            JsonNode e = event("apigateway-aws-proxy", "--no-default-headers", "--header", "A=1");
            assertThat(e.get("headers").toString()).isEqualTo("{\"A\":\"1\"}");
        }

        @Test
        void aGreedyResourceTakesTheRestOfThePath() {
            JsonNode e = event("apigateway-aws-proxy", "--path", "/files/a/b.txt", "--resource", "/{proxy+}");
            assertThat(e.get("pathParameters").toString()).isEqualTo("{\"proxy\":\"files/a/b.txt\"}");
        }
    }

    @Nested
    class HttpApiProxy {
        @Test
        void hasThePayload2Fields() {
            JsonNode e = event("http-api-proxy", "--path", "/pets/1", "--time", TIME);
            assertThat(fieldNames(e)).containsExactly("version", "routeKey", "rawPath", "rawQueryString", "headers",
                    "requestContext", "isBase64Encoded");
            assertThat(e.get("version").asText()).isEqualTo("2.0");
            assertThat(e.get("routeKey").asText()).isEqualTo("$default");
            assertThat(e.get("rawPath").asText()).isEqualTo("/pets/1");
            assertThat(e.get("rawQueryString").asText()).isEmpty();
            assertThat(fieldNames(e.get("headers"))).allMatch(h -> h.equals(h.toLowerCase()));
            assertThat(e.has("multiValueHeaders")).isFalse();
            JsonNode c = e.get("requestContext");
            assertThat(fieldNames(c)).containsExactly("accountId", "apiId", "domainName", "domainPrefix", "http",
                    "requestId", "routeKey", "stage", "time", "timeEpoch");
            assertThat(c.get("accountId").asText()).isEqualTo("123456789012");
            assertThat(c.get("stage").asText()).isEqualTo("$default");
            assertThat(c.get("time").asText()).isEqualTo("09/Apr/2015:12:34:56 +0000");
            assertThat(c.get("timeEpoch").asLong()).isEqualTo(EPOCH_MILLIS);
            assertThat(c.get("requestId").asText()).matches("[A-Za-z0-9]{15}=");
            assertThat(fieldNames(c.get("http"))).containsExactly("method", "path", "protocol", "sourceIp",
                    "userAgent");
            assertThat(c.at("/http/method").asText()).isEqualTo("GET");
            assertThat(c.at("/http/path").asText()).isEqualTo("/pets/1");
            assertThat(c.at("/http/sourceIp").asText()).isEqualTo("127.0.0.1");
        }

        @Test
        void queryCookiesAndRepeatedHeadersAreJoined() {
            JsonNode e = event("http-api-proxy", "--path", "/pets", "--query", "a=1", "--query", "a=2",
                    "--query", "b=x y", "--header", "Cookie=c1=v1; c2=v2", "--header", "X-Multi=1",
                    "--header", "X-Multi=2");
            assertThat(e.get("rawQueryString").asText()).isEqualTo("a=1&a=2&b=x%20y");
            assertThat(e.get("queryStringParameters").toString()).isEqualTo("{\"a\":\"1,2\",\"b\":\"x y\"}");
            assertThat(e.get("cookies").toString()).isEqualTo("[\"c1=v1\",\"c2=v2\"]");
            assertThat(e.at("/headers").has("cookie")).isFalse();
            assertThat(e.at("/headers/x-multi").asText()).isEqualTo("1,2");
        }

        @Test
        void aRouteGivesItsKeyAndPathParameters() {
            JsonNode e = event("http-api-proxy", "--method", "DELETE", "--path", "/pets/caf%C3%A9",
                    "--resource", "/pets/{id}", "--stage", "prod", "--body", "bye");
            assertThat(e.get("routeKey").asText()).isEqualTo("DELETE /pets/{id}");
            assertThat(e.at("/requestContext/routeKey").asText()).isEqualTo("DELETE /pets/{id}");
            // HTTP APIs decode path parameters; rawPath has the stage in front (not $default).
            assertThat(e.get("pathParameters").toString()).isEqualTo("{\"id\":\"café\"}");
            assertThat(e.get("rawPath").asText()).isEqualTo("/prod/pets/caf%C3%A9");
            assertThat(e.get("body").asText()).isEqualTo("bye");
            assertThat(e.at("/headers/content-type").asText()).isEqualTo("text/plain");
        }

        @Test
        void aBinaryBodyIsBase64Encoded() {
            JsonNode e = event("http-api-proxy", "--method", "POST", "--body", "abc", "--header",
                    "Content-Type=application/octet-stream");
            assertThat(e.get("isBase64Encoded").asBoolean()).isTrue();
            assertThat(e.get("body").asText()).isEqualTo("YWJj");
        }

        @Test
        void aPathTheRouteDoesNotMatchIsAUsageError() {
            CliRun run = CliRun.of("generate-event", "http-api-proxy", "--path", "/cats/1", "--resource",
                    "/pets/{id}");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("the path /cats/1 does not match the resource /pets/{id}");
        }
    }

    @Nested
    class HttpApiProxyV1 {
        @Test
        void isTheRestShapeWithVersion1AndTheHttpApiStage() {
            JsonNode e = event("http-api-proxy-v1", "--path", "/pets", "--query", "x=1", "--query", "x=2");
            assertThat(fieldNames(e)).containsExactly("version", "resource", "path", "httpMethod", "headers",
                    "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters",
                    "pathParameters", "stageVariables", "requestContext", "body", "isBase64Encoded");
            assertThat(e.get("version").asText()).isEqualTo("1.0");
            assertThat(e.at("/multiValueQueryStringParameters/x").toString()).isEqualTo("[\"1\",\"2\"]");
            assertThat(e.at("/requestContext/stage").asText()).isEqualTo("$default");
            assertThat(e.at("/requestContext/path").asText()).isEqualTo("/pets");
            assertThat(e.at("/requestContext/requestId").asText()).matches("[A-Za-z0-9]{15}=");
            assertThat(e.get("body").isNull()).isTrue();
        }
    }

    @Nested
    class AuthorizerToken {
        @Test
        void hasTypeTokenAndMethodArn() {
            JsonNode e = event("authorizer-token", "--method", "POST", "--path", "/pets/1", "--api-id",
                    "abcdef1234");
            assertThat(fieldNames(e)).containsExactly("type", "authorizationToken", "methodArn");
            assertThat(e.get("type").asText()).isEqualTo("TOKEN");
            assertThat(e.get("authorizationToken").asText()).isEqualTo("allow");
            assertThat(e.get("methodArn").asText())
                    .isEqualTo("arn:aws:execute-api:us-east-1:123456789012:abcdef1234/dev/POST/pets/1");
        }

        @Test
        void tokenComesFromTokenOrTheAuthorizationHeader() {
            assertThat(event("authorizer-token", "--token", "allow-alice").get("authorizationToken").asText())
                    .isEqualTo("allow-alice");
            assertThat(event("authorizer-token", "--header", "Authorization=Bearer x").get("authorizationToken")
                    .asText()).isEqualTo("Bearer x");
        }

        @Test
        void methodArnHasTheStageAndTheRootPath() {
            JsonNode e = event("authorizer-token", "--stage", "prod");
            assertThat(e.get("methodArn").asText()).matches("arn:aws:execute-api:us-east-1:123456789012:"
                    + "[a-z0-9]{10}/prod/GET/");
        }
    }

    @Nested
    class AuthorizerRequest {
        @Test
        void hasTheRequestPartsWithoutTheBody() {
            JsonNode e = event("authorizer-request", "--path", "/pets/1", "--resource", "/pets/{id}", "--query",
                    "q=1", "--token", "t0k", "--stage-var", "v=1", "--body", "ignored");
            assertThat(fieldNames(e)).containsExactly("type", "methodArn", "resource", "path", "httpMethod",
                    "headers", "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters",
                    "pathParameters", "stageVariables", "requestContext");
            assertThat(e.get("type").asText()).isEqualTo("REQUEST");
            assertThat(e.get("methodArn").asText()).matches("arn:aws:execute-api:us-east-1:123456789012:"
                    + "[a-z0-9]{10}/dev/GET/pets/1");
            assertThat(e.at("/headers/Authorization").asText()).isEqualTo("t0k");
            assertThat(e.at("/pathParameters/id").asText()).isEqualTo("1");
            assertThat(e.at("/queryStringParameters/q").asText()).isEqualTo("1");
            assertThat(e.at("/stageVariables/v").asText()).isEqualTo("1");
            assertThat(e.at("/requestContext/resourcePath").asText()).isEqualTo("/pets/{id}");
        }
    }

    @Nested
    class HttpApiAuthorizer {
        @Test
        void isTheRoutesEventWithRouteArnAndIdentitySource() {
            JsonNode e = event("http-api-authorizer", "--method", "PUT", "--path", "/pets/1", "--resource",
                    "/pets/{id}", "--token", "Bearer abc", "--body", "ignored");
            assertThat(fieldNames(e)).containsExactly("version", "type", "routeArn", "identitySource", "routeKey",
                    "rawPath", "rawQueryString", "headers", "requestContext", "pathParameters");
            assertThat(e.get("version").asText()).isEqualTo("2.0");
            assertThat(e.get("type").asText()).isEqualTo("REQUEST");
            assertThat(e.get("routeArn").asText()).matches("arn:aws:execute-api:us-east-1:123456789012:"
                    + "[a-z0-9]{10}/\\$default/PUT/pets/1");
            assertThat(e.get("identitySource").toString()).isEqualTo("[\"Bearer abc\"]");
            assertThat(e.at("/headers/authorization").asText()).isEqualTo("Bearer abc");
            assertThat(e.get("routeKey").asText()).isEqualTo("PUT /pets/{id}");
            assertThat(e.at("/requestContext/http/method").asText()).isEqualTo("PUT");
        }
    }

    @Nested
    class WebSocket {
        @Test
        void connectHasTheHandshakeHeadersAndTheFullIdentity() {
            JsonNode e = event("websocket-connect", "--path", "/?room=1", "--time", TIME);
            assertThat(fieldNames(e)).containsExactly("headers", "multiValueHeaders", "queryStringParameters",
                    "multiValueQueryStringParameters", "requestContext", "isBase64Encoded");
            assertThat(e.at("/headers/Sec-WebSocket-Version").asText()).isEqualTo("13");
            assertThat(e.at("/headers/Sec-WebSocket-Key").asText()).matches("[A-Za-z0-9+/]{22}==");
            assertThat(e.at("/queryStringParameters/room").asText()).isEqualTo("1");
            JsonNode c = e.get("requestContext");
            assertThat(fieldNames(c)).containsExactly("routeKey", "disconnectStatusCode", "messageId", "eventType",
                    "extendedRequestId", "requestTime", "messageDirection", "disconnectReason", "stage",
                    "connectedAt", "requestTimeEpoch", "identity", "requestId", "domainName", "connectionId",
                    "apiId");
            assertThat(c.get("routeKey").asText()).isEqualTo("$connect");
            assertThat(c.get("eventType").asText()).isEqualTo("CONNECT");
            assertThat(c.get("disconnectStatusCode").isNull()).isTrue();
            assertThat(c.get("messageId").isNull()).isTrue();
            assertThat(c.get("requestTime").asText()).isEqualTo("09/Apr/2015:12:34:56 +0000");
            assertThat(c.get("connectedAt").asLong()).isEqualTo(EPOCH_MILLIS);
            assertThat(c.get("connectionId").asText()).matches("[A-Za-z0-9]{15}=");
            assertThat(c.get("stage").asText()).isEqualTo("dev");
            assertThat(c.at("/identity/sourceIp").asText()).isEqualTo("127.0.0.1");
            assertThat(c.at("/identity").has("cognitoIdentityPoolId")).isTrue();
            assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
        }

        @Test
        void messageCarriesTheBodyAndTheRouteItsActionSelects() {
            JsonNode e = event("websocket-message", "--body", "{\"action\":\"sendmessage\",\"data\":\"hi\"}",
                    "--time", TIME);
            assertThat(fieldNames(e)).containsExactly("requestContext", "body", "isBase64Encoded");
            assertThat(e.get("body").asText()).isEqualTo("{\"action\":\"sendmessage\",\"data\":\"hi\"}");
            JsonNode c = e.get("requestContext");
            assertThat(c.get("routeKey").asText()).isEqualTo("sendmessage");
            assertThat(c.get("eventType").asText()).isEqualTo("MESSAGE");
            assertThat(c.get("messageId").asText()).matches("[A-Za-z0-9]{15}=");
            assertThat(c.has("disconnectStatusCode")).isFalse();
            assertThat(fieldNames(c.get("identity"))).containsExactly("sourceIp", "userAgent");
            assertThat(c.get("connectedAt").asLong()).isLessThan(c.get("requestTimeEpoch").asLong());
        }

        @Test
        void messageRouteKeyDefaultsToDefaultAndCanBeGiven() {
            assertThat(event("websocket-message", "--body", "plain text").at("/requestContext/routeKey").asText())
                    .isEqualTo("$default");
            assertThat(event("websocket-message", "--route-key", "join").at("/requestContext/routeKey").asText())
                    .isEqualTo("join");
        }

        @Test
        void disconnectHasTheCloseCodeAndTheHeadersApiGatewaySends() {
            JsonNode e = event("websocket-disconnect", "--api-id", "dl7ptocha9");
            assertThat(fieldNames(e.get("headers"))).containsExactly("Host", "x-api-key", "X-Forwarded-For",
                    "x-restapi");
            assertThat(e.at("/headers/Host").asText()).isEqualTo("dl7ptocha9.execute-api.us-east-1.amazonaws.com");
            JsonNode c = e.get("requestContext");
            assertThat(c.get("routeKey").asText()).isEqualTo("$disconnect");
            assertThat(c.get("eventType").asText()).isEqualTo("DISCONNECT");
            assertThat(c.get("disconnectStatusCode").asInt()).isEqualTo(1001);
            assertThat(c.get("disconnectReason").asText()).isEmpty();
            JsonNode closed = event("websocket-disconnect", "--close-code", "1000", "--close-reason", "bye");
            assertThat(closed.at("/requestContext/disconnectStatusCode").asInt()).isEqualTo(1000);
            assertThat(closed.at("/requestContext/disconnectReason").asText()).isEqualTo("bye");
        }
    }

    @Nested
    class OutputFile {
        @Test
        void writesTheEventToTheFileAndSaysSoOnStderr() throws Exception {
            Path file = tmp.resolve("event.json");
            CliRun run = CliRun.of("generate-event", "http-api-proxy", "--output-file", file.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("wrote the http-api-proxy event to " + file);
            assertThat(JSON.readTree(file.toFile()).get("version").asText()).isEqualTo("2.0");
        }

        @Test
        void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
            Path file = tmp.resolve("event.json");
            Files.writeString(file, "mine");
            CliRun run = CliRun.of("generate-event", "apigateway-aws-proxy", "--output-file", file.toString());
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains(file + " already exists; pass --force to replace it");
            assertThat(Files.readString(file)).isEqualTo("mine");

            CliRun forced = CliRun.of("generate-event", "apigateway-aws-proxy", "--output-file", file.toString(),
                    "--force");
            assertThat(forced.exitCode()).as(forced.err()).isZero();
            assertThat(JSON.readTree(file.toFile()).get("httpMethod").asText()).isEqualTo("GET");
        }

        @Test
        void jsonOutputIsASummaryOnStdout() throws Exception {
            Path file = tmp.resolve("e.json");
            CliRun run = CliRun.of("generate-event", "authorizer-token", "--output-file", file.toString(),
                    "--output", "json");
            JsonNode summary = JSON.readTree(run.out());
            assertThat(summary.get("type").asText()).isEqualTo("authorizer-token");
            assertThat(summary.get("file").asText()).isEqualTo(file.toString());
            assertThat(summary.get("bytes").asLong()).isEqualTo(Files.size(file));
            assertThat(run.err()).isEmpty();
        }

        @Test
        void quietSaysNothing() {
            CliRun run = CliRun.of("generate-event", "websocket-connect", "-q", "--output-file",
                    tmp.resolve("q.json").toString());
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
        }
    }

    @Nested
    class Errors {
        @Test
        void missingBodyFileIsAnInputError() {
            CliRun run = CliRun.of("generate-event", "apigateway-aws-proxy", "--body", "@" + tmp.resolve("none"));
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("cannot read the body");
        }

        @Test
        void badOptionValuesAreUsageErrors() {
            for (String[] args : List.of(new String[] {"--path", "pets"}, new String[] {"--method", "G T"},
                    new String[] {"--time", "yesterday"}, new String[] {"--header", "novalue"},
                    new String[] {"--api-id", "Not/Valid"}, new String[] {"--resource", "pets"},
                    new String[] {"--stage-var", "a-b=1"})) {
                List<String> all = new ArrayList<>(List.of("generate-event", "apigateway-aws-proxy"));
                all.addAll(List.of(args));
                CliRun run = CliRun.of(all.toArray(String[]::new));
                assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
                assertThat(run.err()).startsWith("error: ");
            }
        }

        @Test
        void stdoutIsOnlyTheEventEndingWithANewline() {
            CliRun run = CliRun.of("generate-event", "http-api-proxy");
            assertThat(run.out()).startsWith("{\n  \"version\": \"2.0\"").endsWith("}\n");
            assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
        }
    }
}
