package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a Lambda function runs locally, keyed by function name or ARN: as Lambda runs it ({@code runtime} with
 * {@code handler} and {@code codeUri}), an external command (event on stdin, result on stdout), an HTTP endpoint
 * speaking the Lambda Invoke API, or a Java handler class ({@code handler}, as the Lambda console writes it:
 * {@code com.example.Handler::handleRequest}) loaded in-process from {@code classpath}.
 */
public record FunctionBinding(String function, List<String> command, Optional<String> url, Optional<String> handler,
        Map<String, String> environment, Optional<Integer> timeoutSeconds, List<String> classpath,
        Optional<FunctionRuntime> runtime) {
    public FunctionBinding {
        command = Immutable.list(command);
        environment = Immutable.map(environment);
        classpath = Immutable.list(classpath);
        runtime = runtime == null ? Optional.empty() : runtime;
        // Lambda's default timeout applies to functions run as Lambda runs them; the older forms had none.
        timeoutSeconds = timeoutSeconds == null || timeoutSeconds.isEmpty() && runtime.isPresent()
                ? runtime.map(r -> FunctionRuntime.DEFAULT_TIMEOUT_SECONDS) : timeoutSeconds;
    }

    public FunctionBinding(String function, List<String> command, Optional<String> url, Optional<String> handler,
            Map<String, String> environment, Optional<Integer> timeoutSeconds, List<String> classpath) {
        this(function, command, url, handler, environment, timeoutSeconds, classpath, Optional.empty());
    }

    /** A function run by a Lambda runtime from its code directory. */
    public static FunctionBinding ofRuntime(String function, FunctionRuntime runtime, String handler,
            Map<String, String> environment, Optional<Integer> timeoutSeconds) {
        return new FunctionBinding(function, List.of(), Optional.empty(), Optional.of(handler), environment,
                timeoutSeconds, List.of(), Optional.of(runtime));
    }
}
