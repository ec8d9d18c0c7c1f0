package dev.apigw.simulator.lambda.runtime;

import dev.apigw.model.project.FunctionBinding;
import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.JavaHandlerFunctionRunner;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bootstrap of Java runtimes ({@code java11}, {@code java17}, {@code java21}): a JVM process of its own that
 * loads the handler from the function's code (its classes, {@code lib/*.jar}, layers' {@code java/lib}) once, then
 * takes events from the Lambda Runtime API until the endpoint goes away.
 */
public final class JavaRuntimeMain {
    /** The function's classpath, entries joined with the path separator; {@code dir/*} names every jar in dir. */
    static final String CLASSPATH_VARIABLE = "APIGW_JAVA_CLASSPATH";

    private JavaRuntimeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        String api = "http://" + env.get("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/";
        String function = env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "function");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Path root = Path.of(env.getOrDefault("LAMBDA_TASK_ROOT", "."));
        List<String> classpath = List.of(env.getOrDefault(CLASSPATH_VARIABLE, root.toString())
                .split(File.pathSeparator));
        JavaHandlerFunctionRunner runner = new JavaHandlerFunctionRunner(new FunctionBinding(function, List.of(),
                Optional.empty(), Optional.ofNullable(env.get("_HANDLER")), Map.of(), Optional.empty(), classpath),
                root);
        try {
            runner.loadNow();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            var error = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("errorMessage", e.getMessage()).put("errorType", cause.getClass().getName());
            error.putArray("stackTrace");
            String payload = error.toString();
            System.err.println(e.getMessage());
            post(client, api + "init/error", payload, Optional.of("Runtime.ClassNotFound"));
            System.exit(1);
        }
        while (true) {
            HttpResponse<byte[]> next;
            try {
                next = client.send(HttpRequest.newBuilder(URI.create(api + "invocation/next")).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return; // the simulator is gone: so is this instance
            }
            String id = next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElse("");
            long deadline = next.headers().firstValue("Lambda-Runtime-Deadline-Ms").map(Long::parseLong)
                    .orElse(System.currentTimeMillis() + 3000);
            FunctionResult result = runner.invoke(function, id, next.body(),
                    Duration.ofMillis(Math.max(1, deadline - System.currentTimeMillis())));
            System.out.flush();
            System.err.flush();
            System.out.println(InstanceOutput.END_MARKER + id);
            System.err.println(InstanceOutput.END_MARKER + id);
            String path = api + "invocation/" + id + (result.failed() ? "/error" : "/response");
            post(client, path, result.payloadText(), result.failed() ? Optional.of("Unhandled") : Optional.empty());
        }
    }

    private static void post(HttpClient client, String uri, String body, Optional<String> errorType)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        errorType.ifPresent(t -> request.header("Lambda-Runtime-Function-Error-Type", t));
        try {
            client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            System.exit(0);
        }
    }
}
