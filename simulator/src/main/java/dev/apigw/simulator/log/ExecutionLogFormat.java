package dev.apigw.simulator.log;

import dev.apigw.model.api.ApiType;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.ContextValues;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceEntry;
import dev.apigw.simulator.pipeline.TraceLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lines {@code apigw serve} prints for a finished request, in the shape of API Gateway's CloudWatch execution
 * logs: every line is {@code (requestId) message}, one event per line, cut at 1 KB as AWS cuts log events.
 *
 * <ul>
 *   <li>At ERROR, a failed request (status 400 and up) has one line, {@code (id) GET /dev/pets 500
 *       API_CONFIGURATION_ERROR: reason}: method, path as the client called it, status, the gateway response type
 *       when the gateway itself answered, and the reasons its steps logged (or, when the integration answered the
 *       error status, which integration did).</li>
 *   <li>At INFO, every request starts with {@code (id) Extended Request Id: ...} followed by its steps' lines (the
 *       lines {@code apigw invoke --log} shows, without the step names), ending in {@code Method completed with
 *       status: N}; a failed one adds its ERROR line last.</li>
 *   <li>With data trace the headers and bodies are among them, credential headers masked.</li>
 * </ul>
 */
public final class ExecutionLogFormat {
    /** API Gateway truncates standard execution log events at 1 KB. */
    public static final int EVENT_LIMIT_BYTES = 1024;
    /** Put after an event cut at {@link #EVENT_LIMIT_BYTES}. */
    public static final String TRUNCATED = " [TRUNCATED]";

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private ExecutionLogFormat() {
    }

    /** The lines for a finished request with {@code shown} as much of its execution log as is printed. */
    public static List<String> lines(Invocation inv, TraceLevel shown) {
        if (shown == TraceLevel.OFF) {
            return List.of();
        }
        Optional<String> error = errorLine(inv);
        if (shown == TraceLevel.ERROR) {
            return error.map(List::of).orElse(List.of());
        }
        String id = requestId(inv);
        List<TraceEntry> trace = inv.redactedTrace();
        List<String> lines = new ArrayList<>(trace.size() + 2);
        if (!id.equals(inv.extendedRequestId())) {
            lines.add(event(id, "Extended Request Id: " + inv.extendedRequestId()));
        }
        for (TraceEntry entry : trace) {
            if (shown.keeps(entry.kind())) {
                lines.add(event(id, entry.message()));
            }
        }
        error.ifPresent(lines::add);
        return lines;
    }

    /** The one ERROR line of a request answered with status 400 or more; empty for any other. */
    public static Optional<String> errorLine(Invocation inv) {
        int status = inv.response().map(HttpResponse::status).orElse(500);
        if (status < 400) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(160).append(inv.request().method()).append(' ')
                .append(ContextValues.path(inv)).append(' ').append(status);
        inv.failure().ifPresent(f -> line.append(' ').append(f.type().name()));
        line.append(": ").append(reason(inv, status));
        return Optional.of(event(requestId(inv), line.toString()));
    }

    /** The id the client got: {@code x-amzn-RequestId}, or an HTTP API's {@code apigw-requestid} (its short id). */
    static String requestId(Invocation inv) {
        return inv.deployment().api().type() == ApiType.HTTP ? inv.extendedRequestId() : inv.requestId();
    }

    /**
     * Why the request failed: the error lines its steps logged, joined by {@code "; "}; else what the gateway
     * response says; else which integration answered the status.
     */
    static String reason(Invocation inv, int status) {
        List<String> errors = new ArrayList<>(2);
        for (TraceEntry entry : inv.trace()) {
            if (entry.kind() == TraceEntry.Kind.ERROR) {
                errors.add(entry.message());
            }
        }
        if (!errors.isEmpty()) {
            return String.join("; ", errors);
        }
        Optional<GatewayResponseException> failure = inv.failure();
        if (failure.isPresent()) {
            GatewayResponseException f = failure.get();
            return "Execution failed: " + f.getMessage()
                    + (f.getCause() != null ? " (" + f.getCause().getMessage() + ")" : "");
        }
        Optional<IntegrationResult> result = inv.integrationResult();
        if (result.isEmpty()) {
            return "Method completed with status: " + status;
        }
        int answered = result.get().status();
        String type = inv.integration().flatMap(i -> i.type()).map(IntegrationType::name).orElse("MOCK");
        return "The " + type + " integration answered " + answered
                + (answered != status ? ", which the integration response maps to " + status : "");
    }

    /** The ERROR line of a request that no served stage takes: execute-api answers 403 Forbidden. */
    public static String unrouted(HttpRequest request, HttpResponse response, Collection<String> stages) {
        String id = HttpHeaders.first(response.headers(), "x-amzn-RequestId").orElse("-");
        return event(id, request.method() + " " + request.path() + " " + response.status()
                + ": No served stage takes this path; call /{stage}/... with one of the stages served ("
                + String.join(", ", stages) + ")");
    }

    /** The ERROR line of a request the simulator itself failed on, before or after the pipeline. */
    public static String crashed(String method, String path, Throwable error) {
        return event("-", method + " " + path + " 500: The simulator failed on this request: " + error);
    }

    /**
     * {@code (requestId) message} on one line (a message's line breaks become spaces), cut at
     * {@link #EVENT_LIMIT_BYTES} UTF-8 bytes and then marked {@link #TRUNCATED}.
     */
    static String event(String requestId, String message) {
        String text = message.indexOf('\n') < 0 && message.indexOf('\r') < 0 ? message
                : LINE_BREAK.matcher(message).replaceAll(" ");
        return truncated("(" + requestId + ") " + text);
    }

    /** The line itself when it is at most 1 KB of UTF-8, else its first 1 KB (whole characters) and the mark. */
    static String truncated(String line) {
        // A char is at most 3 UTF-8 bytes (a surrogate pair 4 for two): short lines need no counting.
        if (line.length() * 3 <= EVENT_LIMIT_BYTES || line.getBytes(StandardCharsets.UTF_8).length
                <= EVENT_LIMIT_BYTES) {
            return line;
        }
        int bytes = 0;
        int end = 0;
        while (end < line.length()) {
            int cp = line.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > EVENT_LIMIT_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return line.substring(0, end) + TRUNCATED;
    }
}
