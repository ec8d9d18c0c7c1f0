package dev.apigw.simulator.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.log.AccessLog;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A WebSocket stage's access log: one line per connect attempt, message and disconnect, in the stage's format, from
 * the event's {@code $context}. Lines are written through a real {@link AccessLog} into a string.
 */
class WebSocketAccessLogTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    /** A random request, message or connection id ({@link WebSocketIds}), where the test cannot know it. */
    private static final String ID = "<id>";
    private static final String ID_REGEX = "[A-Za-z0-9]{15}=";

    private TestClock clock;
    private Gateway gateway;
    private StringWriter out;
    private AccessLog accessLog;

    @BeforeEach
    void setUp() {
        clock = new TestClock(START);
        gateway = gateway("websocket-log", "json", "clf", "quiet");
        out = new StringWriter();
        accessLog = AccessLog.to(out);
        gateway.attachAccessLog(accessLog);
    }

    @AfterEach
    void tearDown() {
        accessLog.close();
    }

    private Gateway gateway(String fixture, String... stages) {
        List<SimulatorOptions> options = java.util.Arrays.stream(stages).map(s -> SimulatorOptions.stage(s)
                .withWorkingDirectory(TestApis.fixture(fixture)).withClock(clock)).toList();
        return new Gateway(TestApis.load(fixture), options);
    }

    private WebSocketEngine engine(String stage) {
        return gateway.webSocket("/" + stage).orElseThrow();
    }

    private static Handshake handshake(Map<String, List<String>> query) {
        return new Handshake(Map.of("Host", List.of("127.0.0.1:3000"), "User-Agent", List.of("test-client/1.0")),
                query, "10.1.2.3");
    }

    private static Connection open(WebSocketEngine engine, Map<String, List<String>> query) {
        Handshake.Result result = engine.connect(handshake(query));
        assertThat(result).isInstanceOf(Handshake.Accepted.class);
        return engine.open(((Handshake.Accepted) result).connection(), new RecordingChannel());
    }

    /** The lines written so far (closing the log writes what is queued). */
    private List<String> lines() {
        accessLog.close();
        return out.toString().lines().toList();
    }

    /** {@code expected} with each {@value #ID} standing for a random id. */
    private static Pattern pattern(String expected) {
        String[] parts = expected.split(Pattern.quote(ID), -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append(ID_REGEX);
            }
        }
        return Pattern.compile(regex.toString());
    }

    private String apiId() {
        return gateway.simulator("json").deployment().apiId();
    }

    /** The JSON stage's line, with the parts that vary between events. */
    private String json(String requestId, String time, String epoch, String eventType, String routeKey,
            String status, String connectionId, String messageId, String error, String integrationStatus) {
        return "{\"requestId\":\"" + requestId + "\",\"ip\":\"10.1.2.3\",\"userAgent\":\"test-client/1.0\","
                + "\"requestTime\":\"" + time + "\",\"requestTimeEpoch\":\"" + epoch + "\","
                + "\"eventType\":\"" + eventType + "\",\"routeKey\":\"" + routeKey + "\",\"status\":\"" + status
                + "\",\"connectionId\":\"" + connectionId + "\",\"connectedAt\":\"1772359200000\","
                + "\"messageId\":\"" + messageId + "\",\"error\":\"" + error + "\","
                + "\"integrationStatus\":\"" + integrationStatus + "\",\"stage\":\"json\",\"apiId\":\"" + apiId()
                + "\",\"domainName\":\"127.0.0.1:3000\"}";
    }

    private static final String AT_START = "01/Mar/2026:10:00:00 +0000";
    private static final String AT_START_EPOCH = "1772359200000";
    private static final String TWO_SECONDS_LATER = "01/Mar/2026:10:00:02 +0000";
    private static final String TWO_SECONDS_LATER_EPOCH = "1772359202000";

    @Nested
    class JsonFormat {
        @Test
        void anAcceptedConnectIsLoggedWith200() {
            Connection c = open(engine("json"), Map.of());
            assertThat(lines()).singleElement().asString().matches(pattern(json(ID, AT_START, AT_START_EPOCH,
                    "CONNECT", "$connect", "200", c.id(), "-", "-", "200")));
        }

        @Test
        void aRefusedConnectIsLoggedWithTheStatusTheHandshakeGot() {
            Handshake.Result result = engine("json").connect(handshake(Map.of("deny", List.of("403"))));
            assertThat(result).isInstanceOf(Handshake.Refused.class);
            assertThat(lines()).singleElement().asString().matches(pattern(json(ID, AT_START, AT_START_EPOCH,
                    "CONNECT", "$connect", "403", ID, "-", "-", "403")));
        }

        @Test
        void aMessageIsLoggedWithItsRouteItsMessageIdAndTheIntegrationStatus() {
            WebSocketEngine engine = engine("json");
            Connection c = open(engine, Map.of());
            clock.advance(Duration.ofSeconds(2));
            engine.receive(c.id(), "{\"action\":\"hello\"}");
            assertThat(lines()).hasSize(2).last().asString().matches(pattern(json(ID, TWO_SECONDS_LATER,
                    TWO_SECONDS_LATER_EPOCH, "MESSAGE", "hello", "200", c.id(), ID, "-", "200")));
        }

        @Test
        void aMessageNoRouteTakesIsLoggedAs403Forbidden() {
            WebSocketEngine engine = engine("json");
            Connection c = open(engine, Map.of());
            engine.receive(c.id(), "{\"action\":\"nope\"}");
            assertThat(lines()).last().asString().matches(pattern(json(ID, AT_START, AT_START_EPOCH, "MESSAGE", "-",
                    "403", c.id(), ID, "Forbidden", "-")));
        }

        @Test
        void aFailingIntegrationIsLoggedAs500WithTheMessageTheClientGot() {
            WebSocketEngine engine = engine("json");
            Connection c = open(engine, Map.of());
            engine.receive(c.id(), "{\"action\":\"fail\"}");
            assertThat(lines()).last().asString().matches(pattern(json(ID, AT_START, AT_START_EPOCH, "MESSAGE",
                    "fail", "500", c.id(), ID, "Internal server error", "-")));
        }

        @Test
        void aDisconnectIsLoggedOnceWithTheDisconnectRoute() {
            WebSocketEngine engine = engine("json");
            Connection c = open(engine, Map.of());
            clock.advance(Duration.ofSeconds(2));
            engine.closed(c.id(), WebSocketEngine.NORMAL, "bye");
            engine.closed(c.id(), WebSocketEngine.NORMAL, "bye");
            assertThat(lines()).hasSize(2).last().asString().matches(pattern(json(ID, TWO_SECONDS_LATER,
                    TWO_SECONDS_LATER_EPOCH, "DISCONNECT", "$disconnect", "200", c.id(), "-", "-", "200")));
        }

        @Test
        void eachEventHasItsOwnRequestId() {
            WebSocketEngine engine = engine("json");
            Connection c = open(engine, Map.of());
            engine.receive(c.id(), "{\"action\":\"hello\"}");
            engine.receive(c.id(), "{\"action\":\"hello\"}");
            engine.closed(c.id(), WebSocketEngine.NORMAL, "");
            List<String> ids = lines().stream().map(l -> l.substring(14, 30)).toList();
            assertThat(ids).hasSize(4).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches(ID_REGEX));
        }
    }

    @Nested
    class ClfLikeFormat {
        @Test
        void connectTwoMessagesAndDisconnect() {
            WebSocketEngine engine = engine("clf");
            Connection c = open(engine, Map.of());
            clock.advance(Duration.ofSeconds(2));
            engine.receive(c.id(), "{\"action\":\"hello\"}");
            engine.receive(c.id(), "plain text");
            engine.closed(c.id(), WebSocketEngine.NORMAL, "bye");
            List<String> lines = lines();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).matches(pattern("10.1.2.3 - - [01/Mar/2026:10:00:00 +0000] \"CONNECT $connect "
                    + c.id() + "\" 200 " + ID + " -"));
            assertThat(lines.get(1)).matches(pattern("10.1.2.3 - - [01/Mar/2026:10:00:02 +0000] \"MESSAGE hello "
                    + c.id() + "\" 200 " + ID + " " + ID));
            assertThat(lines.get(2)).matches(pattern("10.1.2.3 - - [01/Mar/2026:10:00:02 +0000] \"MESSAGE - "
                    + c.id() + "\" 403 " + ID + " " + ID));
            assertThat(lines.get(3)).matches(pattern("10.1.2.3 - - [01/Mar/2026:10:00:02 +0000] \"DISCONNECT "
                    + "$disconnect " + c.id() + "\" 200 " + ID + " -"));
        }
    }

    @Nested
    class WhatIsLogged {
        @Test
        void aStageWithoutAnAccessLogFormatWritesNothing() {
            WebSocketEngine engine = engine("quiet");
            Connection c = open(engine, Map.of());
            engine.receive(c.id(), "{\"action\":\"hello\"}");
            engine.closed(c.id(), WebSocketEngine.NORMAL, "");
            assertThat(lines()).isEmpty();
        }

        @Test
        void nothingIsWrittenUntilTheServerAttachesItsLog() {
            Gateway detached = gateway("websocket-log", "clf");
            WebSocketEngine engine = detached.webSocket("/clf").orElseThrow();
            Connection c = open(engine, Map.of());
            engine.receive(c.id(), "{\"action\":\"hello\"}");
            assertThat(lines()).isEmpty();
        }

        @Test
        void aConnectionClosedForIdlingIsLoggedAsADisconnect() {
            WebSocketEngine engine = engine("clf");
            Connection c = open(engine, Map.of());
            clock.advance(Duration.ofSeconds(60));
            engine.sweep();
            assertThat(lines()).hasSize(2).last().asString().matches(pattern("10.1.2.3 - - [01/Mar/2026:10:01:00 "
                    + "+0000] \"DISCONNECT $disconnect " + c.id() + "\" 200 " + ID + " -"));
        }

        @Test
        void aHotReloadKeepsLoggingOpenConnections() {
            WebSocketEngine engine = engine("clf");
            Connection c = open(engine, Map.of());
            gateway.reload(TestApis.load("websocket-log"));
            engine("clf").receive(c.id(), "{\"action\":\"hello\"}");
            assertThat(lines()).hasSize(2).last().asString().contains("\"MESSAGE hello " + c.id() + "\" 200 ");
        }

        @Test
        void connectionsApiCallsAreNotInTheStageAccessLog() {
            Simulator simulator = gateway.simulator("json");
            var inv = simulator.execute(TestApis.request("GET", "/@connections/AAAAAAAAAAAAAAA%3D").build());
            assertThat(inv.response().orElseThrow().status()).isEqualTo(410);
            assertThat(AccessLog.none().render(inv)).isEmpty();
        }
    }

    @Nested
    class Authorizer {
        @Test
        void linesCarryTheAuthorizersContextAndARefusalItsStatus() {
            Gateway auth = gateway("websocket-log-auth", "dev");
            auth.attachAccessLog(accessLog);
            WebSocketEngine engine = auth.webSocket("/dev").orElseThrow();
            Connection c = open(engine, Map.of("token", List.of("allow")));
            engine.receive(c.id(), "hi");
            assertThat(engine.connect(handshake(Map.of("token", List.of("deny"))))).isInstanceOf(
                    Handshake.Refused.class);
            assertThat(engine.connect(handshake(Map.of()))).isInstanceOf(Handshake.Refused.class);
            assertThat(lines()).containsExactly(
                    "CONNECT $connect 200 200 alice alice -",
                    "MESSAGE $default 200 - alice alice -",
                    "CONNECT $connect 403 403 - - Forbidden",
                    "CONNECT $connect 401 401 - - Unauthorized");
        }
    }
}
