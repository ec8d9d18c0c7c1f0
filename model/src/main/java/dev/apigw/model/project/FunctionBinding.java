package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a Lambda function runs locally, keyed by function name or ARN: an external command (event on stdin, result
 * on stdout), an HTTP endpoint speaking the Lambda Invoke API, or a Java handler class ({@code handler}, as the
 * Lambda console writes it: {@code com.example.Handler::handleRequest}) loaded from {@code classpath}.
 */
public record FunctionBinding(String function, List<String> command, Optional<String> url, Optional<String> handler,
        Map<String, String> environment, Optional<Integer> timeoutSeconds, List<String> classpath) {
    public FunctionBinding {
        command = Immutable.list(command);
        environment = Immutable.map(environment);
        classpath = Immutable.list(classpath);
    }
}
