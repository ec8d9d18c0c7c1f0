package dev.apigw.simulator.lambda.runtime;

import dev.apigw.model.project.LambdaRuntimeName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One execution environment of a function: a runtime process started with {@code AWS_LAMBDA_RUNTIME_API} pointing
 * at its own {@link RuntimeApiEndpoint}. It runs one invocation at a time; module state survives between them.
 */
final class FunctionInstance implements AutoCloseable {
    /** How an invocation on this instance ended; {@code healthy} is false when the instance must not be reused. */
    record Result(PendingInvocation.Outcome outcome, boolean healthy, List<String> logs) {
    }

    private final FunctionSpec spec;
    private final RuntimeApiEndpoint endpoint;
    private final InstanceOutput output;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private final CompletableFuture<Long> ready = new CompletableFuture<>();
    private final CompletableFuture<PendingInvocation.Outcome> initError = new CompletableFuture<>();
    private final int generation;
    /** The invocation in progress, which an init error or the process's exit also finishes. */
    private volatile PendingInvocation current;
    private volatile long lastUsedNanos = System.nanoTime();
    private boolean initReported;
    private static final long MEMORY_READ_INTERVAL_MS = 1000;
    private long memoryReadNanos;
    private long maxMemoryMb;

    private FunctionInstance(FunctionSpec spec, Launchers launchers, FunctionLog log, int generation, int number) {
        this.spec = spec;
        this.generation = generation;
        this.endpoint = new RuntimeApiEndpoint(spec.name() + "-" + number, new RuntimeApiEndpoint.Listener() {
            @Override
            public void ready() {
                ready.complete(System.nanoTime() - startedNanos);
            }

            @Override
            public void initError(byte[] payload, String errorType) {
                initError.complete(PendingInvocation.Outcome.error(payload, errorType));
                finishCurrent();
            }
        });
        Launch launch;
        try {
            launch = launchers.plan(spec, endpoint.address());
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
        LambdaRuntimeName.Family family = spec.runtime().family();
        // apigw's own bootstraps mark where an invocation's output ends; a custom runtime does not.
        this.output = new InstanceOutput(spec.name(), log, family != LambdaRuntimeName.Family.PROVIDED);
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.directory().toFile());
        builder.environment().putAll(launch.environment());
        try {
            process = builder.start();
        } catch (IOException e) {
            endpoint.close();
            throw new RuntimeStartException("function " + spec.name() + ": cannot start " + launch.command().get(0)
                    + ": " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Nothing is written to a runtime's stdin; a failed close changes nothing.
        }
        output.attach(process, "apigw-function-" + spec.name() + "-" + number);
        // Registered once: a stage added per invocation to a future that completes only when the process ends
        // would pile up for as long as the instance lives.
        process.onExit().thenRun(this::finishCurrent);
    }

    /** Ends the invocation in progress with the init error, or with Lambda's exit error once the process is gone. */
    private void finishCurrent() {
        PendingInvocation invocation = current;
        if (invocation == null) {
            return;
        }
        if (initError.isDone()) {
            invocation.outcome().complete(initError.join());
        } else if (!process.isAlive()) {
            invocation.outcome().complete(exitOutcome(invocation, process.exitValue()));
        }
    }

    static FunctionInstance start(FunctionSpec spec, Launchers launchers, FunctionLog log, int generation,
            int number) {
        return new FunctionInstance(spec, launchers, log, generation, number);
    }

    int generation() {
        return generation;
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Runs one invocation; a timeout, an init error or an exited process leave the instance unhealthy. */
    Result invoke(PendingInvocation invocation, long timeoutMillis) {
        output.begin(invocation.requestId());
        boolean cold = !initReported;
        initReported = true;
        output.platform("START RequestId: " + invocation.requestId() + " Version: $LATEST");
        long begin = System.nanoTime();
        current = invocation;
        endpoint.offer(invocation);
        finishCurrent(); // the runtime may have failed or exited before this invocation was handed over
        PendingInvocation.Outcome outcome;
        boolean timedOut = false;
        try {
            outcome = invocation.outcome().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            timedOut = true;
            outcome = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = exitOutcome(invocation, -1);
        } catch (ExecutionException e) {
            outcome = exitOutcome(invocation, -1);
        }
        current = null;
        boolean healthy = !timedOut && !initError.isDone() && process.isAlive();
        long durationNanos = System.nanoTime() - invocation.handedOverNanos(begin);
        if (timedOut) {
            String seconds = String.format(java.util.Locale.ROOT, "%.2f", timeoutMillis / 1000.0);
            outcome = PendingInvocation.Outcome.error(("{\"errorMessage\":\"" + java.time.Instant.now() + " "
                    + invocation.requestId() + " Task timed out after " + seconds + " seconds\"}")
                    .getBytes(StandardCharsets.UTF_8), "Sandbox.Timedout");
            output.platform(java.time.Instant.now() + " " + invocation.requestId() + " Task timed out after "
                    + seconds + " seconds");
            close();
        }
        List<String> framed = new java.util.ArrayList<>(output.drain(!timedOut && healthy));
        framed.add("END RequestId: " + invocation.requestId());
        output.platform(framed.get(framed.size() - 1));
        String report = report(invocation.requestId(), durationNanos, cold, timedOut);
        output.platform(report);
        framed.add(report);
        output.drain(false);
        lastUsedNanos = System.nanoTime();
        return new Result(outcome, healthy && process.isAlive(), framed);
    }

    /** Waits until the runtime asks for its first event, or fails; used by eager starts. */
    boolean awaitReady(long millis) {
        try {
            CompletableFuture.anyOf(ready, initError, process.onExit()).get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        return ready.isDone() && process.isAlive();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        endpoint.close();
    }

    /** What Lambda reports when the runtime process ends during an invocation. */
    private PendingInvocation.Outcome exitOutcome(PendingInvocation invocation, int exitCode) {
        if (initError.isDone()) {
            return initError.join();
        }
        String message = "RequestId: " + invocation.requestId() + " Error: Runtime exited " + (exitCode > 128
                ? "with signal " + (exitCode - 128) : exitCode == 0 ? "without providing a reason"
                : "with error: exit status " + exitCode);
        return PendingInvocation.Outcome.error(("{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\""
                + message + "\"}").getBytes(StandardCharsets.UTF_8), "Runtime.ExitError");
    }

    private String report(String requestId, long durationNanos, boolean cold, boolean timedOut) {
        double ms = durationNanos / 1_000_000.0;
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(java.util.Locale.ROOT, "%.2f", ms)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(ms)).append(" ms")
                .append("\tMemory Size: ").append(spec.memorySize()).append(" MB")
                .append("\tMax Memory Used: ").append(maxMemoryMb()).append(" MB");
        if (cold && ready.isDone()) {
            line.append("\tInit Duration: ").append(String.format(java.util.Locale.ROOT, "%.2f",
                    ready.join() / 1_000_000.0)).append(" ms");
        }
        if (timedOut) {
            line.append("\tStatus: timeout");
        }
        return line.toString();
    }

    /**
     * The process's peak resident memory, read from /proc at most every {@value #MEMORY_READ_INTERVAL_MS} ms: a
     * peak only grows, and reading it for every invocation of a busy function costs more than the invocation.
     */
    private long maxMemoryMb() {
        long now = System.nanoTime();
        if (memoryReadNanos == 0 || now - memoryReadNanos > MEMORY_READ_INTERVAL_MS * 1_000_000L) {
            memoryReadNanos = now;
            maxMemoryMb = readMaxMemoryMb();
        }
        return maxMemoryMb;
    }

    /** Linux's VmHWM of the process, in MB; 0 where /proc is not there. */
    private long readMaxMemoryMb() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return Math.max(1, Math.round(kb / 1024.0));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
