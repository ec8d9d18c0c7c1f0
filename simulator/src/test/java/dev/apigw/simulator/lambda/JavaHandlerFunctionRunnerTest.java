package dev.apigw.simulator.lambda;

import static dev.apigw.simulator.TestApis.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java handlers as the Lambda Java runtime calls them. The handler classes, and the two aws-lambda-java-core
 * interfaces they use, are compiled from source into the fixture's {@code handler-classes} folder, so they sit on
 * a class path of their own as a user's build output would.
 */
@Timeout(60)
class JavaHandlerFunctionRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path project;
    private static Path classes;

    @BeforeAll
    static void compileHandlers() throws IOException {
        project = TestApis.fixture("java-handler/apigw.yaml").getParent();
        classes = project.resolve("handler-classes");
        Path sources = Files.createTempDirectory("apigw-java-handlers");
        Map<String, String> files = Map.of(
                "com/amazonaws/services/lambda/runtime/Context.java", """
                        package com.amazonaws.services.lambda.runtime;
                        public interface Context {
                            String getAwsRequestId();
                            String getFunctionName();
                            int getRemainingTimeInMillis();
                            LambdaLogger getLogger();
                        }""",
                "com/amazonaws/services/lambda/runtime/LambdaLogger.java", """
                        package com.amazonaws.services.lambda.runtime;
                        public interface LambdaLogger { void log(String message); }""",
                "com/amazonaws/services/lambda/runtime/RequestHandler.java", """
                        package com.amazonaws.services.lambda.runtime;
                        public interface RequestHandler<I, O> { O handleRequest(I input, Context context); }""",
                "example/PetHandler.java", """
                        package example;
                        import com.amazonaws.services.lambda.runtime.*;
                        import java.util.*;
                        public class PetHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                            private int calls;
                            public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                                context.getLogger().log("pet " + event.get("path"));
                                calls++;
                                Map<?, ?> params = (Map<?, ?>) event.get("pathParameters");
                                Map<String, Object> response = new LinkedHashMap<>();
                                response.put("statusCode", 200);
                                response.put("headers", Map.of("x-function", context.getFunctionName()));
                                response.put("body", "{\\"id\\":\\"" + params.get("id") + "\\",\\"calls\\":" + calls
                                        + ",\\"timeLeft\\":" + (context.getRemainingTimeInMillis() > 0) + "}");
                                return response;
                            }
                        }""",
                "example/Failing.java", """
                        package example;
                        public class Failing {
                            public String handleRequest(java.util.Map<String, Object> event) {
                                throw new IllegalStateException("no pets today");
                            }
                        }""",
                "example/StreamEcho.java", """
                        package example;
                        import java.io.*;
                        public class StreamEcho {
                            public void echo(InputStream in, OutputStream out, Object context) throws IOException {
                                out.write("{\\"echo\\":".getBytes());
                                in.transferTo(out);
                                out.write("}".getBytes());
                            }
                        }""",
                "example/Slow.java", """
                        package example;
                        public class Slow {
                            public String handleRequest(String event) throws InterruptedException {
                                Thread.sleep(10_000);
                                return event;
                            }
                        }""");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = sources.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            args.add(path.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, args.toArray(String[]::new))).isZero();
    }

    private static JavaHandlerFunctionRunner runner(String handler) {
        return new JavaHandlerFunctionRunner(new FunctionBinding("fn", List.of(), Optional.empty(),
                Optional.of(handler), Map.of(), Optional.empty(), List.of("handler-classes")), project);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class Runner {
        @Test
        void typedHandlerReadsTheEventAndReturnsItsResultAsJson() throws Exception {
            FunctionResult result = runner("example.PetHandler::handleRequest").invoke("GetPet",
                    bytes("{\"path\":\"/pets/7\",\"pathParameters\":{\"id\":\"7\"}}"), Duration.ofSeconds(5));
            assertThat(result.failed()).isFalse();
            JsonNode response = JSON.readTree(result.payload());
            assertThat(response.get("statusCode").asInt()).isEqualTo(200);
            assertThat(response.at("/headers/x-function").asText()).isEqualTo("GetPet");
            assertThat(JSON.readTree(response.get("body").asText()).get("timeLeft").asBoolean()).isTrue();
        }

        @Test
        void instanceIsReusedBetweenInvocationsLikeAWarmContainer() throws Exception {
            JavaHandlerFunctionRunner runner = runner("example.PetHandler");
            byte[] event = bytes("{\"pathParameters\":{\"id\":\"1\"}}");
            runner.invoke("GetPet", event, Duration.ofSeconds(5));
            FunctionResult second = runner.invoke("GetPet", event, Duration.ofSeconds(5));
            assertThat(JSON.readTree(JSON.readTree(second.payload()).get("body").asText()).get("calls").asInt())
                    .isEqualTo(2);
        }

        @Test
        void streamHandlerGetsTheRawEventAndWritesTheRawResult() {
            FunctionResult result = runner("example.StreamEcho::echo").invoke("Echo", bytes("{\"a\":1}"),
                    Duration.ofSeconds(5));
            assertThat(result.payloadText()).isEqualTo("{\"echo\":{\"a\":1}}");
        }

        @Test
        void thrownExceptionIsAFunctionErrorWithTheRuntimesFields() throws Exception {
            FunctionResult result = runner("example.Failing").invoke("Boom", bytes("{}"), Duration.ofSeconds(5));
            assertThat(result.failed()).isTrue();
            JsonNode error = JSON.readTree(result.payload());
            assertThat(error.get("errorMessage").asText()).isEqualTo("no pets today");
            assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.get("stackTrace").isArray()).isTrue();
        }

        @Test
        void slowHandlerTimesOut() {
            assertThatThrownBy(() -> runner("example.Slow").invoke("Slow", bytes("\"x\""), Duration.ofMillis(200)))
                    .isInstanceOf(FunctionTimeoutException.class).hasMessageContaining("200 ms");
        }

        @Test
        void unknownClassSaysWhichClassPathWasSearched() {
            assertThatThrownBy(() -> runner("example.Missing").invoke("M", bytes("{}"), Duration.ofSeconds(5)))
                    .isInstanceOf(FunctionUnavailableException.class)
                    .hasMessageContaining("example.Missing").hasMessageContaining("handler-classes");
        }

        @Test
        void unknownMethodNamesTheExpectedSignatures() {
            assertThatThrownBy(() -> runner("example.PetHandler::nope").invoke("M", bytes("{}"),
                    Duration.ofSeconds(5)))
                    .isInstanceOf(FunctionUnavailableException.class).hasMessageContaining("no public method nope");
        }
    }

    @Nested
    class ThroughTheSimulator {
        private final Simulator simulator = Simulator.create(TestApis.load("java-handler/apigw.yaml"),
                dev.apigw.simulator.SimulatorOptions.stage("dev").withWorkingDirectory(project));

        @Test
        void lambdaProxyMethodIsServedByTheJavaHandler() throws Exception {
            HttpResponse response = simulator.invoke(get("/pets/42"));
            assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("id").asText()).isEqualTo("42");
            assertThat(response.headers().get("x-function")).containsExactly("GetPet");
        }

        @Test
        void handlerExceptionIsA502LikeAFailingProxyFunction() {
            HttpResponse response = simulator.invoke(get("/boom"));
            assertThat(response.status()).isEqualTo(502);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Internal server error\"}");
        }
    }
}
