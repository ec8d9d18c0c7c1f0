package dev.apigw.simulator.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The execution log of one invocation. An entry that joins a prefix with a value keeps both and is put together
 * only when the trace is read: the server never reads it, and turning header maps and bodies into text would cost
 * more than the rest of a MOCK request. Owned by one thread, like its invocation.
 */
final class Trace {
    /** Keeps nothing: for invocations whose trace nobody reads (every request `apigw serve` answers). */
    static final Trace OFF = new Trace(false);

    /** {@link TraceEntry} or {@link Pending}, in the order they were logged; empty when off. */
    private final List<Object> entries;
    private final boolean on;

    Trace() {
        this(true);
    }

    private Trace(boolean on) {
        this.on = on;
        this.entries = on ? new ArrayList<>(16) : List.of();
    }

    boolean on() {
        return on;
    }

    void add(String step, String message) {
        if (on) {
            entries.add(new TraceEntry(step, message));
        }
    }

    void add(String step, String prefix, Object value) {
        if (on) {
            entries.add(new Pending(step, prefix, value));
        }
    }

    List<TraceEntry> entries() {
        List<TraceEntry> out = new ArrayList<>(entries.size());
        for (Object e : entries) {
            out.add(e instanceof Pending p ? new TraceEntry(p.step(), p.prefix() + p.value()) : (TraceEntry) e);
        }
        return out;
    }

    /** A value whose text is the bytes read as UTF-8, decoded only if the trace is read. */
    static Object utf8(byte[] bytes) {
        return new Utf8(bytes);
    }

    private record Pending(String step, String prefix, Object value) {
    }

    private record Utf8(byte[] bytes) {
        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
