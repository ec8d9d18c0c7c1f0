package dev.apigw.simulator.lambda.runtime;

import static dev.apigw.simulator.TestApis.get;
import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Node.js, Python and custom-runtime functions run as real processes behind the Lambda Runtime API. */
@Timeout(60)
class LambdaRuntimesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static RuntimeFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RuntimeFixture(shared);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static HttpResponse call(String target) {
        return fixture.simulator.invoke(get(target));
    }

    private static JsonNode json(HttpResponse response) throws Exception {
        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Nested
    class NodeHandlers {
        @Test
        void asyncHandlerGetsEventContextAndEnvironment() throws Exception {
            JsonNode body = json(call("/nodeAsync"));
            assertThat(body.get("functionName").asText()).isEqualTo("nodeAsync");
            assertThat(body.get("requestId").asText()).matches("[0-9a-f-]{36}");
            assertThat(body.get("memory").asText()).isEqualTo("256");
            assertThat(body.get("remaining").asInt()).isBetween(1, 3000);
            assertThat(body.get("arn").asText()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:nodeAsync");
            assertThat(body.get("table").asText()).isEqualTo("pets");
            assertThat(body.get("region").asText()).isEqualTo("us-east-1");
            assertThat(body.get("handlerVar").asText()).isEqualTo("app.handler");
            assertThat(body.get("taskRoot").asText()).isEqualTo(shared.resolve("node").toRealPath().toString());
            assertThat(body.get("path").asText()).isEqualTo("/nodeAsync");
        }

        @Test
        void callbackHandlerAnswersThroughItsCallback() {
            HttpResponse response = call("/nodeCallback");
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.bodyText()).isEqualTo("callback GET");
        }

        @Test
        void esModuleHandlerLoadsUnderTypeModule() {
            assertThat(call("/nodeEsm").bodyText()).isEqualTo("esm string GET");
        }

        @Test
        void handlerInASubdirectoryWithANestedExport() {
            assertThat(call("/nodeNested").bodyText()).isEqualTo("nested");
        }

        @Test
        void moduleFromALayerIsFound() {
            assertThat(call("/nodeLayer").bodyText()).isEqualTo("hello from the layer");
        }
    }

    @Nested
    class PythonHandlers {
        @Test
        void handlerGetsEventContextAndEnvironment() throws Exception {
            JsonNode body = json(call("/pyHello"));
            assertThat(body.get("functionName").asText()).isEqualTo("pyHello");
            assertThat(body.get("requestId").asText()).matches("[0-9a-f-]{36}");
            assertThat(body.get("memory").asInt()).isEqualTo(128);
            assertThat(body.get("remaining").asInt()).isBetween(1, 3000);
            assertThat(body.get("table").asText()).isEqualTo("pets");
            assertThat(body.get("path").asText()).isEqualTo("/pyHello");
        }

        @Test
        void exceptionIsA502WithTheFunctionsErrorInTheLog() {
            Invocation inv = fixture.simulator.execute(get("/pyThrows"));
            HttpResponse response = inv.response().orElseThrow();
            assertThat(response.status()).isEqualTo(502);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(inv.trace().toString()).contains("ValueError").contains("bad value");
        }

        @Test
        void nonProxyErrorIsSelectedByItsErrorMessage() throws Exception {
            HttpResponse response = fixture.simulator.invoke(request("GET", "/np/pyError").query("kind", "pet")
                    .build());
            assertThat(response.status()).as(response.bodyText()).isEqualTo(400);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("error").asText()).contains("not found: pet");
            assertThat(body.get("type").asText()).isEqualTo("NotFoundError");
        }
    }

    @Nested
    class Failures {
        @Test
        void nodeExceptionIsA502AndNonProxySelectsOnItsMessage() throws Exception {
            assertThat(call("/nodeThrows").status()).isEqualTo(502);
            HttpResponse mapped = call("/np/nodeThrows?kind=cat");
            assertThat(mapped.status()).as(mapped.bodyText()).isEqualTo(400);
            assertThat(JSON.readTree(mapped.body()).get("type").asText()).isEqualTo("Error");
        }

        @Test
        void initErrorIsReportedWithItsOwnTypeAndOtherFunctionsKeepWorking() {
            Invocation inv = fixture.simulator.execute(get("/nodeInitError"));
            assertThat(inv.response().orElseThrow().status()).isEqualTo(502);
            assertThat(inv.trace().toString()).contains("cannot read configuration at init");
            assertThat(call("/nodeCounter").status()).isEqualTo(200);
        }

        @Test
        void timeoutKillsTheInstanceAndTheNextInvocationRecovers() throws Exception {
            Invocation slow = fixture.simulator.execute(get("/nodeSlow?sleep=5000"));
            assertThat(slow.response().orElseThrow().status()).isEqualTo(502);
            assertThat(slow.response().orElseThrow().bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
            assertThat(slow.trace().toString()).contains("Task timed out after 1.00 seconds");
            assertThat(json(call("/nodeSlow?sleep=1")).get("pid").asLong()).isPositive();
        }
    }

    @Nested
    class Instances {
        @Test
        void warmInstanceKeepsModuleStateBetweenInvocations() throws Exception {
            JsonNode first = json(call("/nodeCounter"));
            JsonNode second = json(call("/nodeCounter"));
            assertThat(second.get("pid").asLong()).isEqualTo(first.get("pid").asLong());
            assertThat(second.get("calls").asInt()).isEqualTo(first.get("calls").asInt() + 1);
        }

        @Test
        void busyInstancesMakeNewOnesStartUpToTheReservedConcurrency() throws Exception {
            assertThat(pidsOfParallelCalls("/nodeSlow?sleep=400", 3)).hasSize(3);
            assertThat(pidsOfParallelCalls("/nodeSerial?sleep=200", 3)).hasSize(1);
        }

        private Set<Long> pidsOfParallelCalls(String target, int n) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                List<Future<HttpResponse>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    calls.add(pool.submit(() -> call(target)));
                }
                Set<Long> pids = new HashSet<>();
                for (Future<HttpResponse> f : calls) {
                    pids.add(json(f.get()).get("pid").asLong());
                }
                return pids;
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void logsAreFramedByStartEndAndReportWithInitDurationOnColdStart() {
            Invocation inv = fixture.simulator.execute(get("/nodeAsync"));
            String trace = inv.trace().toString();
            assertThat(trace).containsPattern("START RequestId: [0-9a-f-]{36} Version: \\$LATEST");
            assertThat(trace).contains("INFO\thello from nodeAsync");
            assertThat(trace).containsPattern("END RequestId: [0-9a-f-]{36}");
            assertThat(trace).containsPattern("REPORT RequestId: [0-9a-f-]{36}\tDuration: [0-9.]+ ms\tBilled "
                    + "Duration: \\d+ ms\tMemory Size: 256 MB\tMax Memory Used: \\d+ MB");
            assertThat(fixture.logLines()).anyMatch(l -> l.startsWith("[nodeAsync] START RequestId: "));
            assertThat(fixture.logLines()).anyMatch(l -> l.startsWith("[nodeAsync] REPORT RequestId: ")
                    && l.contains("Init Duration: "));
        }
    }

    @Nested
    class CustomRuntime {
        @Test
        void providedRuntimeRunsTheBootstrapUnchanged() {
            assertThat(call("/provided").bodyText()).isEqualTo("provided ignored.handler GET");
            assertThat(fixture.logLines()).contains("[provided] custom runtime got GET");
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void changedHandlerCodeRestartsTheFunction(@TempDir Path dir) throws Exception {
            try (RuntimeFixture own = new RuntimeFixture(dir)) {
                assertThat(own.simulator.invoke(get("/nodeNested")).bodyText()).isEqualTo("nested");
                Files.writeString(dir.resolve("node/lib/nested.js"),
                        "module.exports.deep = { handler: async () => ({ statusCode: 200, body: 'changed' }) };\n");
                String body = "";
                for (int i = 0; i < 100 && !body.equals("changed"); i++) {
                    Thread.sleep(100);
                    body = own.simulator.invoke(get("/nodeNested")).bodyText();
                }
                assertThat(body).isEqualTo("changed");
            }
        }

        @Test
        void eagerWarmStartsAnInstanceBeforeTheFirstRequest(@TempDir Path dir) throws Exception {
            try (RuntimeFixture own = new RuntimeFixture(dir, RuntimeSettings.Warm.EAGER)) {
                // The custom runtime prints nothing until invoked, so look for the process it started.
                long running = 0;
                for (int i = 0; i < 100 && running == 0; i++) {
                    Thread.sleep(100);
                    running = ProcessHandle.current().descendants().filter(p -> p.info().commandLine()
                            .orElse("").contains(dir.resolve("provided").toString())).count();
                }
                assertThat(running).isEqualTo(1);
            }
        }

        @Test
        void closingTheSimulatorStopsItsFunctionProcesses(@TempDir Path dir) throws Exception {
            RuntimeFixture own = new RuntimeFixture(dir);
            long pid = json(own.simulator.invoke(get("/nodeCounter"))).get("pid").asLong();
            assertThat(ProcessHandle.of(pid)).isPresent();
            own.close();
            for (int i = 0; i < 50 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(100);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }

        @Test
        void missingCodeDirectoryStopsTheStartWithTheFunctionsName(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("apigw.yaml"), "definition: openapi.yaml\nfunctions:\n  gone: { runtime: "
                    + "nodejs20.x, handler: app.handler, codeUri: nowhere }\n");
            Files.copy(shared.resolve("openapi.yaml"), dir.resolve("openapi.yaml"));
            var project = new ProjectLoader().load(dir, ImportOptions.defaults()).project();
            assertThatThrownBy(() -> Simulator.create(project, SimulatorOptions.stage("dev").withWorkingDirectory(dir),
                    RuntimeSettings.defaults().withLog(FunctionLog.DISCARD)))
                    .isInstanceOf(ApigwException.class)
                    .hasMessageContaining("function gone").hasMessageContaining("nowhere");
        }

        @Test
        void providedRuntimeWithoutBootstrapIsAClearError(@TempDir Path dir) throws Exception {
            Files.createDirectories(dir.resolve("empty"));
            Files.writeString(dir.resolve("apigw.yaml"), "definition: openapi.yaml\nfunctions:\n  custom: { runtime: "
                    + "provided.al2, codeUri: empty }\n");
            Files.copy(shared.resolve("openapi.yaml"), dir.resolve("openapi.yaml"));
            var project = new ProjectLoader().load(dir, ImportOptions.defaults()).project();
            assertThatThrownBy(() -> Simulator.create(project, SimulatorOptions.stage("dev").withWorkingDirectory(dir),
                    RuntimeSettings.defaults().withLog(FunctionLog.DISCARD)))
                    .isInstanceOf(ApigwException.class)
                    .hasMessageContaining("no bootstrap file");
        }
    }
}
