package dev.apigw.simulator.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.log.ExecutionLogSettings.Level;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceEntry;
import dev.apigw.simulator.pipeline.TraceLevel;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The execution log {@code apigw serve} prints: levels, what a request keeps, and the lines' shapes. */
class ExecutionLogTest {
    private static final String FIXTURE = "execution-log/apigw.yaml";
    private static final String ID = "\\([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\) ";

    private static Simulator stage(String name) {
        return TestApis.simulator(FIXTURE, name, Map.of());
    }

    /** Runs the request as the server does for its stage's settings, and returns the lines it prints. */
    private static List<String> served(String stage, HttpRequest request) {
        Simulator simulator = stage(stage);
        Invocation inv = simulator.execute(request, simulator.executionLogSettings().traceLevel());
        return ExecutionLogFormat.lines(inv, inv.traceLevel());
    }

    private static List<String> served(String stage, String path) {
        return served(stage, TestApis.get(path));
    }

    private static Stage withLogging(String level, boolean dataTrace) {
        Stage s = Stage.named("dev");
        return new Stage(s.name(), s.variables(), s.throttling(), s.cache(), s.accessLog(),
                Optional.of(new LoggingSettings(level, dataTrace)), s.methodSettings());
    }

    @Nested
    class Settings {
        @Test
        void aStageWithoutLoggingLogsErrorsLocally() {
            assertThat(ExecutionLogSettings.of(Stage.named("dev"))).isEqualTo(ExecutionLogSettings.LOCAL_DEFAULT);
            assertThat(ExecutionLogSettings.LOCAL_DEFAULT.level()).isEqualTo(Level.ERROR);
            assertThat(stage("dev").executionLogSettings().level()).isEqualTo(Level.ERROR);
        }

        @Test
        void levelsAreReadInAnyCase() {
            assertThat(ExecutionLogSettings.of(withLogging("info", true)))
                    .isEqualTo(new ExecutionLogSettings(Level.INFO, true));
            assertThat(ExecutionLogSettings.of(withLogging("Off", false)).level()).isEqualTo(Level.OFF);
            assertThat(ExecutionLogSettings.of(withLogging("DEBUG", false))).isEqualTo(
                    ExecutionLogSettings.LOCAL_DEFAULT);
        }

        @Test
        void eachLevelKeepsWhatItPrints() {
            assertThat(new ExecutionLogSettings(Level.OFF, true).traceLevel()).isEqualTo(TraceLevel.OFF);
            assertThat(new ExecutionLogSettings(Level.ERROR, true).traceLevel()).isEqualTo(TraceLevel.ERROR);
            assertThat(new ExecutionLogSettings(Level.INFO, false).traceLevel()).isEqualTo(TraceLevel.INFO);
            assertThat(new ExecutionLogSettings(Level.INFO, true).traceLevel()).isEqualTo(TraceLevel.ALL);
        }

        @Test
        void quietCapsEveryStageAtError() {
            ExecutionLog quiet = ExecutionLog.to(new StringWriter(), true);
            ExecutionLog normal = ExecutionLog.to(new StringWriter(), false);
            ExecutionLogSettings trace = new ExecutionLogSettings(Level.INFO, true);
            assertThat(quiet.traceLevel(trace)).isEqualTo(TraceLevel.ERROR);
            assertThat(quiet.traceLevel(ExecutionLogSettings.OFF)).isEqualTo(TraceLevel.OFF);
            assertThat(normal.traceLevel(trace)).isEqualTo(TraceLevel.ALL);
            assertThat(ExecutionLog.none().traceLevel(trace)).isEqualTo(TraceLevel.OFF);
            quiet.close();
            normal.close();
        }
    }

    @Nested
    class Tracing {
        @Test
        void atErrorASuccessfulRequestKeepsNothing() {
            Invocation inv = stage("dev").execute(TestApis.get("/ok"), TraceLevel.ERROR);
            assertThat(inv.response().orElseThrow().status()).isEqualTo(200);
            assertThat(inv.trace()).isEmpty();
            assertThat(inv.traced()).isFalse();
            assertThat(ExecutionLogFormat.lines(inv, TraceLevel.ERROR)).isEmpty();
        }

        @Test
        void atErrorAFailedRequestKeepsOnlyItsReasons() {
            Invocation inv = stage("dev").execute(TestApis.get("/orders"), TraceLevel.ERROR);
            assertThat(inv.trace()).isNotEmpty().allMatch(e -> e.kind() == TraceEntry.Kind.ERROR);
        }

        @Test
        void infoKeepsTheStepsButNotTheData() {
            Invocation inv = stage("dev").execute(TestApis.get("/ok"), TraceLevel.INFO);
            assertThat(inv.trace()).extracting(TraceEntry::kind).contains(TraceEntry.Kind.INFO)
                    .doesNotContain(TraceEntry.Kind.DATA);
            assertThat(stage("dev").execute(TestApis.get("/ok"), TraceLevel.ALL).trace())
                    .extracting(TraceEntry::kind).contains(TraceEntry.Kind.DATA);
        }
    }

    @Nested
    class ErrorLines {
        @Test
        void aLambdaWithoutLocalBindingSaysSo() {
            List<String> lines = served("dev", "/orders");
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).matches(ID + "GET /dev/orders 500 API_CONFIGURATION_ERROR: Execution failed "
                    + "due to configuration error: no local binding for Lambda function orders; add it to "
                    + "apigw.yaml, .*");
        }

        @Test
        void aCrashedFunction() {
            assertThat(served("dev", "/crash")).singleElement().asString().matches(ID + "GET /dev/crash 502 "
                    + "DEFAULT_5XX: Lambda execution failed with status 200 due to customer function error: .+");
        }

        @Test
        void theRequestIdIsTheOneTheClientGot() {
            Invocation inv = stage("dev").execute(TestApis.get("/orders"), TraceLevel.ERROR);
            String requestId = inv.response().orElseThrow().headers().get("x-amzn-RequestId").get(0);
            assertThat(ExecutionLogFormat.errorLine(inv).orElseThrow()).startsWith("(" + requestId + ") ");
        }

        @Test
        void aMissingApiKey() {
            assertThat(served("dev", "/keyed")).singleElement().asString().matches(ID
                    + "GET /dev/keyed 403 INVALID_API_KEY: API Key not found: the method requires an API key in "
                    + "the x-api-key header");
        }

        @Test
        void anUnknownApiKeyIsMasked() {
            assertThat(served("dev", TestApis.request("GET", "/keyed").header("x-api-key", "not-a-key-0123456789")
                    .build())).singleElement().asString()
                    .contains("403 INVALID_API_KEY: API Key ****************6789 not authorized because it does "
                            + "not exist");
        }

        @Test
        void aTokenAuthorizerWithoutItsToken() {
            assertThat(served("dev", "/guarded")).singleElement().asString().matches(ID
                    + "GET /dev/guarded 401 UNAUTHORIZED: The identity source method.request.header.Authorization "
                    + "is missing or empty; the authorizer is not called");
        }

        @Test
        void aMissingServiceEndpointOnOneLine() {
            String line = served("dev", TestApis.request("POST", "/topic").build()).get(0);
            assertThat(line).matches(ID + "POST /dev/topic 500 API_CONFIGURATION_ERROR: Execution failed due to "
                    + "configuration error: no local endpoint for the AWS service 'sns'\\. Add one to apigw\\.yaml, "
                    + "for example: serviceEndpoints: sns: http://127\\.0\\.0\\.1:4566 .*");
            assertThat(line).doesNotContain("\n");
        }

        @Test
        void failedValidation() {
            assertThat(served("dev", "/search")).singleElement().asString().endsWith(
                    "GET /dev/search 400 BAD_REQUEST_PARAMETERS: Request validation failed: missing required "
                            + "request parameters [q]");
        }

        @Test
        void throttling() {
            assertThat(served("throttled", "/ok")).singleElement().asString().endsWith(
                    "GET /throttled/ok 429 THROTTLED: Stage throttle limit exceeded for GET /ok in stage throttled "
                            + "(rate 0.0/s, burst 0)");
        }

        @Test
        void noResourceNamesTheClosestOne() {
            assertThat(served("dev", "/oks")).singleElement().asString()
                    .contains("GET /dev/oks 403 MISSING_AUTHENTICATION_TOKEN: ");
        }

        @Test
        void anErrorStatusTheIntegrationAnsweredIsLoggedToo() {
            assertThat(served("dev", "/gone")).singleElement().asString()
                    .endsWith("GET /dev/gone 404: The MOCK integration answered 404");
        }

        @Test
        void aSuccessPrintsNothingAtError() {
            assertThat(served("dev", "/ok")).isEmpty();
        }

        @Test
        void offPrintsNothingAtAll() {
            assertThat(served("off", "/orders")).isEmpty();
        }
    }

    @Nested
    class InfoLines {
        @Test
        void everyRequestShowsItsStepsInExecutionLogStyle() {
            List<String> lines = served("info", "/ok");
            assertThat(lines).allMatch(l -> l.matches(ID + ".+"));
            assertThat(lines.get(0)).matches(ID + "Extended Request Id: [A-Za-z0-9]{15}=");
            assertThat(lines).anyMatch(l -> l.endsWith(") HTTP Method: GET, Resource Path: /ok"));
            assertThat(lines.get(lines.size() - 1)).endsWith(") Method completed with status: 200");
            assertThat(lines).noneMatch(l -> l.contains("Method request headers"));
        }

        @Test
        void aFailedRequestEndsWithItsErrorLine() {
            List<String> lines = served("info", "/orders");
            assertThat(lines).anyMatch(l -> l.endsWith(") Method completed with status: 500"));
            assertThat(lines.get(lines.size() - 1)).contains("GET /info/orders 500 API_CONFIGURATION_ERROR: ");
        }
    }

    @Nested
    class DataTrace {
        @Test
        void showsHeadersAndBodiesWithCredentialsMasked() {
            List<String> lines = served("trace", TestApis.request("GET", "/keyed")
                    .header("x-api-key", "gold-key-0123456789abcdef").build());
            assertThat(lines).anyMatch(l -> l.contains(") Method request headers: {x-api-key=[*********************"
                    + "cdef]}"));
            assertThat(lines).anyMatch(l -> l.contains(") Method response body after transformations: "));
            assertThat(String.join("\n", lines)).doesNotContain("gold-key-0123456789abcdef");
        }

        @Test
        void cutsABodyAtOneKilobyte() {
            String body = "x".repeat(3000);
            List<String> lines = served("trace", TestApis.request("POST", "/echo")
                    .header("Content-Type", "application/json").body(body).build());
            String line = lines.stream().filter(l -> l.contains("Method request body before transformations: "))
                    .findFirst().orElseThrow();
            assertThat(line).endsWith("xxx" + ExecutionLogFormat.TRUNCATED);
            assertThat(line.substring(0, line.length() - ExecutionLogFormat.TRUNCATED.length())
                    .getBytes(StandardCharsets.UTF_8)).hasSize(ExecutionLogFormat.EVENT_LIMIT_BYTES);
        }

        @Test
        void truncationKeepsWholeCharacters() {
            String line = ExecutionLogFormat.truncated("é".repeat(600));
            assertThat(line).isEqualTo("é".repeat(512) + ExecutionLogFormat.TRUNCATED);
            assertThat(ExecutionLogFormat.truncated("short")).isEqualTo("short");
            assertThat(ExecutionLogFormat.truncated("a".repeat(1024))).isEqualTo("a".repeat(1024));
        }
    }

    @Nested
    class Writer {
        private String written(boolean quiet, String stage, String path) {
            StringWriter out = new StringWriter();
            ExecutionLog log = ExecutionLog.to(out, quiet);
            Simulator simulator = stage(stage);
            log.record(simulator.execute(TestApis.get(path), log.traceLevel(simulator.executionLogSettings())));
            log.close();
            return out.toString();
        }

        @Test
        void writesARequestsLinesTogether() {
            String text = written(false, "info", "/ok");
            assertThat(text).endsWith("Method completed with status: 200\n");
            assertThat(text.lines()).hasSizeGreaterThan(3);
        }

        @Test
        void quietWritesOnlyTheErrorLine() {
            assertThat(written(true, "info", "/ok")).isEmpty();
            assertThat(written(true, "info", "/orders").lines()).singleElement().asString()
                    .contains("GET /info/orders 500 API_CONFIGURATION_ERROR: ");
        }

        @Test
        void aRequestNoStageTakes() {
            StringWriter out = new StringWriter();
            ExecutionLog log = ExecutionLog.to(out, false);
            log.unrouted(TestApis.get("/nowhere/ok"), Simulator.forbidden(),
                    Map.of("dev", ExecutionLogSettings.LOCAL_DEFAULT));
            log.unrouted(TestApis.get("/nowhere/ok"), Simulator.forbidden(), Map.of("off", ExecutionLogSettings.OFF));
            log.close();
            assertThat(out.toString().lines()).singleElement().asString().matches(ID
                    + "GET /nowhere/ok 403: No served stage takes this path; call /\\{stage}/\\.\\.\\. with one of "
                    + "the stages served \\(dev\\)");
        }
    }
}
