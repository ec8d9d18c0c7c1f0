package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.project.FunctionBinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a function as an external command, one process per invocation: the event JSON on stdin, the result JSON on
 * stdout (the last line when the function also prints logs there). A non-zero exit is a function error whose
 * {@code errorMessage} is the JSON error printed on stdout, else the error stderr shows (a Python traceback's
 * exception, a Node.js error line with its frames).
 */
public final class CommandFunctionRunner implements FunctionRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FunctionBinding binding;
    private final Path workingDirectory;

    public CommandFunctionRunner(FunctionBinding binding, Path workingDirectory) {
        this.binding = binding;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public FunctionResult invoke(String functionName, byte[] event, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(binding.command()).directory(workingDirectory.toFile());
        builder.environment().putAll(binding.environment());
        builder.environment().put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        builder.environment().putIfAbsent("AWS_REGION", "us-east-1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new FunctionUnavailableException("cannot start " + binding.command() + " in " + workingDirectory
                    + ": " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(event);
        } catch (IOException e) {
            // The function may exit without reading its input; its output still decides.
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new FunctionTimeoutException("function " + functionName + " did not answer within "
                        + timeout.toMillis() + " ms");
            }
            String out = new String(stdout.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            String err = new String(stderr.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            List<String> logs = err.lines().toList();
            if (process.exitValue() != 0) {
                return new FunctionResult(errorPayload(out, err, process.exitValue()).getBytes(
                        StandardCharsets.UTF_8), java.util.Optional.of("Unhandled"), logs);
            }
            return new FunctionResult(result(out).getBytes(StandardCharsets.UTF_8), java.util.Optional.empty(), logs);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new FunctionUnavailableException("interrupted while waiting for " + functionName, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new FunctionUnavailableException("cannot read the output of " + functionName, e);
        }
    }

    /** The whole output when it is one JSON value, else its last non-empty line. */
    static String result(String stdout) {
        String trimmed = stdout.trim();
        if (trimmed.isEmpty() || parses(trimmed)) {
            return trimmed;
        }
        List<String> lines = trimmed.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
    }

    private static String errorPayload(String stdout, String stderr, int exitCode) {
        String out = result(stdout);
        try {
            JsonNode node = JSON.readTree(out);
            if (node != null && node.has("errorMessage")) {
                return out;
            }
        } catch (IOException e) {
            // not JSON: build the error from stderr
        }
        return ProcessErrors.fromStderr(stderr, exitCode);
    }

    private static boolean parses(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
