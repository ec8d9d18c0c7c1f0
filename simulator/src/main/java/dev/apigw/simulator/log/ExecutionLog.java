package dev.apigw.simulator.log;

import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceLevel;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * API Gateway's execution log as {@code apigw serve} prints it (on standard error): for each request what its
 * stage's {@link ExecutionLogSettings} ask for, in {@link ExecutionLogFormat}'s lines. A request keeps only as much
 * of its trace as will be printed ({@link #traceLevel}), so at the default level ERROR a successful request keeps
 * nothing and formats nothing.
 *
 * <p>{@code quiet} ({@code apigw serve -q}, "print only errors") caps every stage at ERROR: the reasons of failed
 * requests are still printed, the INFO lines are not. Nothing here ever throws into a request: a line that cannot
 * be put together is replaced by one saying so.
 */
public final class ExecutionLog implements AutoCloseable {
    private static final ExecutionLog NONE = new ExecutionLog(null, false);

    private final LineWriter writer;
    private final boolean quiet;

    private ExecutionLog(LineWriter writer, boolean quiet) {
        this.writer = writer;
        this.quiet = quiet;
    }

    /** Lines go to this writer (standard error), which stays open when the log is closed. */
    public static ExecutionLog to(Writer err, boolean quiet) {
        return new ExecutionLog(new LineWriter(err, false, "execution log"), quiet);
    }

    /** Prints nothing, and requests keep no trace for it. */
    public static ExecutionLog none() {
        return NONE;
    }

    /** What is printed for a stage with these settings: none at all without a writer, at most ERROR when quiet. */
    public ExecutionLogSettings effective(ExecutionLogSettings stage) {
        if (writer == null) {
            return ExecutionLogSettings.OFF;
        }
        return quiet ? stage.atMost(ExecutionLogSettings.Level.ERROR) : stage;
    }

    /** How much of its execution log a request of a stage with these settings must keep to be printed. */
    public TraceLevel traceLevel(ExecutionLogSettings stage) {
        return effective(stage).traceLevel();
    }

    /**
     * Prints a finished request, run with the trace level {@link #traceLevel} gave for its stage: that level says
     * what to print. At ERROR (the common case) a successful request returns at once.
     */
    public void record(Invocation inv) {
        TraceLevel shown = inv.traceLevel();
        if (writer == null || shown == TraceLevel.OFF) {
            return;
        }
        if (shown == TraceLevel.ERROR && inv.response().map(r -> r.status() < 400).orElse(false)) {
            return;
        }
        List<String> lines;
        try {
            lines = ExecutionLogFormat.lines(inv, shown);
        } catch (RuntimeException e) {
            lines = List.of(ExecutionLogFormat.crashed(inv.request().method(), inv.request().path(), e));
        }
        if (!lines.isEmpty()) {
            // One queued item: the lines of a request stay together even when requests run at once.
            writer.write(String.join("\n", lines));
        }
    }

    /**
     * Prints the ERROR line of a request no served stage takes (answered 403 Forbidden), unless every served stage
     * has its execution logging off.
     */
    public void unrouted(HttpRequest request, HttpResponse response, Map<String, ExecutionLogSettings> stages) {
        if (writer == null || stages.values().stream()
                .allMatch(s -> effective(s).level() == ExecutionLogSettings.Level.OFF)) {
            return;
        }
        writer.write(ExecutionLogFormat.unrouted(request, response, stages.keySet()));
    }

    /** Prints the ERROR line of a request the simulator failed on outside the pipeline (answered 500). */
    public void crashed(String method, String path, Throwable error) {
        if (writer != null) {
            writer.write(ExecutionLogFormat.crashed(method, path, error));
        }
    }

    /** Writes what is queued; the writer given to {@link #to} stays open. */
    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
