package dev.apigw.simulator.lambda;

import dev.apigw.model.project.FunctionBinding;
import dev.apigw.simulator.lambda.runtime.FunctionRuntimes;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's {@code functions} bindings: finds how to run a function by its full ARN, its ARN without a
 * qualifier, or its name.
 */
public final class Functions {
    private final Map<String, FunctionBinding> bindings;
    private final Path workingDirectory;
    private final HttpClient client;
    private final FunctionRuntimes runtimes;
    private final Map<String, FunctionRunner> runners = new ConcurrentHashMap<>();

    /**
     * Functions with a Lambda runtime are prepared at once, so a missing interpreter or code directory stops the
     * server's start with a message naming the function, rather than failing its first request.
     */
    public Functions(Map<String, FunctionBinding> bindings, Path workingDirectory, HttpClient client,
            FunctionRuntimes runtimes) {
        this.bindings = bindings;
        this.workingDirectory = workingDirectory;
        this.client = client;
        this.runtimes = runtimes;
        bindings.values().stream().filter(b -> b.runtime().isPresent())
                .forEach(b -> runners.put(b.function(), runtimes.runner(b, workingDirectory)));
    }

    public Optional<FunctionBinding> binding(LambdaArn arn) {
        FunctionBinding b = bindings.get(arn.functionArn());
        if (b == null) {
            b = bindings.get(arn.functionName());
        }
        return Optional.ofNullable(b);
    }

    /** The runner for the function, or empty when the project does not say how to run it. */
    public Optional<FunctionRunner> runner(LambdaArn arn) {
        return binding(arn).map(b -> runners.computeIfAbsent(b.function(), k -> create(b)));
    }

    private FunctionRunner create(FunctionBinding b) {
        if (b.runtime().isPresent()) {
            return runtimes.runner(b, workingDirectory);
        }
        if (!b.command().isEmpty()) {
            return new CommandFunctionRunner(b, workingDirectory);
        }
        if (b.url().isPresent()) {
            return new InvokeApiFunctionRunner(b.url().get(), client);
        }
        return new JavaHandlerFunctionRunner(b, workingDirectory);
    }
}
