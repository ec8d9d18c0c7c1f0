package dev.apigw.simulator.lambda.runtime;

import dev.apigw.model.project.LambdaRuntimeName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds the interpreter a runtime needs on this machine: {@code python3.12} for {@code python3.12} when it runs,
 * else {@code python3} with one warning naming the version used; {@code node} for Node.js (warned when its major
 * version differs); this JVM's {@code java} for Java. A command counts as present only when it runs, since version
 * managers put shims on PATH for versions that are not installed.
 */
final class Interpreters {
    /** A command and the version it reported, e.g. {@code [python3]} and {@code 3.11}. */
    record Interpreter(List<String> command, String version) {
    }

    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> warned = new ConcurrentHashMap<>();
    private final Consumer<String> warnings;
    private final Function<List<String>, Optional<String>> probe;

    Interpreters(Consumer<String> warnings) {
        this(warnings, Interpreters::run);
    }

    /** With {@code probe} telling what a command prints when it runs (tests give machines without an interpreter). */
    Interpreters(Consumer<String> warnings, Function<List<String>, Optional<String>> probe) {
        this.warnings = warnings;
        this.probe = probe;
    }

    Interpreter find(String function, LambdaRuntimeName runtime) {
        return switch (runtime.family()) {
            case PYTHON -> python(function, runtime);
            case NODEJS -> node(function, runtime);
            case JAVA -> java(function, runtime);
            case PROVIDED -> new Interpreter(List.of(), "");
        };
    }

    private Interpreter python(String function, LambdaRuntimeName runtime) {
        String wanted = "python" + runtime.version();
        String probe = "import sys; print('%d.%d' % sys.version_info[:2])";
        Optional<String> exact = version(List.of(wanted, "-c", probe));
        if (exact.isPresent()) {
            return new Interpreter(List.of(wanted), exact.get());
        }
        Optional<String> fallback = version(List.of("python3", "-c", probe));
        if (fallback.isEmpty()) {
            throw new RuntimeStartException("function " + function + " needs Python for runtime " + runtime.name()
                    + ", but neither " + wanted + " nor python3 runs on this machine; install Python "
                    + runtime.version() + " (e.g. apt-get install python3, or pyenv install " + runtime.version()
                    + ") and put it on PATH");
        }
        if (!fallback.get().equals(runtime.version())) {
            warnOnce(function, "function " + function + ": runtime " + runtime.name() + " wants " + wanted
                    + ", which does not run here; using python3 (Python " + fallback.get() + ")");
        }
        return new Interpreter(List.of("python3"), fallback.get());
    }

    private Interpreter node(String function, LambdaRuntimeName runtime) {
        Optional<String> version = version(List.of("node", "--version")).map(v -> v.startsWith("v")
                ? v.substring(1) : v);
        if (version.isEmpty()) {
            throw new RuntimeStartException("function " + function + " needs Node.js for runtime " + runtime.name()
                    + ", but node does not run on this machine; install Node.js " + runtime.version()
                    + " (https://nodejs.org or your package manager) and put node on PATH");
        }
        String major = version.get().split("\\.")[0];
        if (!major.equals(runtime.version())) {
            warnOnce(function, "function " + function + ": runtime " + runtime.name() + " wants Node.js "
                    + runtime.version() + "; using node " + version.get());
        }
        return new Interpreter(List.of("node"), version.get());
    }

    private Interpreter java(String function, LambdaRuntimeName runtime) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int running = Runtime.version().feature();
        int wanted = Integer.parseInt(runtime.version());
        if (running != wanted) {
            warnOnce(function, "function " + function + ": runtime " + runtime.name() + " wants Java " + wanted
                    + "; using this JVM's Java " + running + " (" + java + ")");
        }
        return new Interpreter(List.of(java), Integer.toString(running));
    }

    private void warnOnce(String function, String message) {
        if (warned.putIfAbsent(function + "\n" + message, Boolean.TRUE) == null) {
            warnings.accept(message);
        }
    }

    private Optional<String> version(List<String> command) {
        return versions.computeIfAbsent(String.join(" ", command), k -> probe.apply(command));
    }

    /** What the command prints when it runs and exits 0 within a few seconds; empty when it does not. */
    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out.lines().findFirst().orElse(out))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
