package dev.apigw.simulator.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The execution log of one invocation, keeping the entries its {@link TraceLevel} asks for. An entry that joins a
 * prefix with a value keeps both and is put together only when the trace is read: a server that prints only failed
 * requests never reads most traces, and turning header maps and bodies into text would cost more than the rest of
 * a MOCK request. Owned by one thread, like its invocation.
 */
final class Trace {
    /** Keeps nothing: for invocations whose trace nobody reads. */
    static final Trace OFF = new Trace(TraceLevel.OFF);

    /** Header names whose values the execution log masks, as API Gateway redacts credentials from logged data. */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "x-api-key",
            "x-amz-security-token");

    private final TraceLevel level;
    /**
     * {@link TraceEntry} or {@link Pending}, in the order they were logged; made on the first entry kept, so that a
     * trace that keeps only errors costs a successful request nothing.
     */
    private List<Object> entries;

    Trace() {
        this(TraceLevel.ALL);
    }

    Trace(TraceLevel level) {
        this.level = level;
        this.entries = level == TraceLevel.INFO || level == TraceLevel.ALL ? new ArrayList<>(16) : null;
    }

    TraceLevel level() {
        return level;
    }

    boolean keeps(TraceEntry.Kind kind) {
        return level.keeps(kind);
    }

    boolean hasErrors() {
        if (entries == null) {
            return false;
        }
        for (Object e : entries) {
            if ((e instanceof TraceEntry t ? t.kind() : ((Pending) e).kind()) == TraceEntry.Kind.ERROR) {
                return true;
            }
        }
        return false;
    }

    void add(TraceEntry.Kind kind, String step, String message) {
        if (level.keeps(kind)) {
            list().add(new TraceEntry(step, message, kind));
        }
    }

    void add(TraceEntry.Kind kind, String step, String prefix, Object value) {
        if (level.keeps(kind)) {
            list().add(new Pending(kind, step, prefix, value));
        }
    }

    private List<Object> list() {
        if (entries == null) {
            entries = new ArrayList<>(4);
        }
        return entries;
    }

    /** The entries as logged. */
    List<TraceEntry> entries() {
        return entries(false);
    }

    /**
     * The entries, with {@code redacted} the values of credential headers (Authorization, X-API-Key...) in logged
     * header maps masked but for their last characters, as API Gateway's execution logs show them.
     */
    List<TraceEntry> entries(boolean redacted) {
        if (entries == null) {
            return List.of();
        }
        List<TraceEntry> out = new ArrayList<>(entries.size());
        for (Object e : entries) {
            out.add(e instanceof Pending p ? p.entry(redacted) : (TraceEntry) e);
        }
        return out;
    }

    /** A value whose text is the bytes read as UTF-8, decoded only if the trace is read. */
    static Object utf8(byte[] bytes) {
        return new Utf8(bytes);
    }

    /** Like {@code Map.toString()}, with the values of credential headers masked. */
    static String redactedMap(Map<?, ?> map) {
        StringBuilder text = new StringBuilder(64).append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            text.append(e.getKey()).append('=');
            boolean secret = SECRET_HEADERS.contains(String.valueOf(e.getKey()).toLowerCase(Locale.ROOT));
            if (!secret) {
                text.append(e.getValue());
            } else if (e.getValue() instanceof Collection<?> values) {
                text.append(values.stream().map(v -> masked(String.valueOf(v))).toList());
            } else {
                text.append(masked(String.valueOf(e.getValue())));
            }
        }
        return text.append('}').toString();
    }

    /** All but the last characters (at most 4, and at most a quarter of the value) as asterisks. */
    static String masked(String value) {
        int shown = Math.min(4, value.length() / 4);
        return "*".repeat(value.length() - shown) + value.substring(value.length() - shown);
    }

    private record Pending(TraceEntry.Kind kind, String step, String prefix, Object value) {
        TraceEntry entry(boolean redacted) {
            String text = redacted && value instanceof Map<?, ?> map ? redactedMap(map) : String.valueOf(value);
            return new TraceEntry(step, prefix + text, kind);
        }
    }

    private record Utf8(byte[] bytes) {
        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
