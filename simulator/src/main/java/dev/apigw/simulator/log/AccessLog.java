package dev.apigw.simulator.log;

import dev.apigw.simulator.pipeline.Invocation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API Gateway's access log: one line per request, or per WebSocket connect, message and disconnect (any
 * {@link AccessLogEntry}), in the format of the stage that served it (stages without {@code accessLog} write
 * nothing). Formats are parsed once and kept by their text, so a hot reload that changes a format just uses the new
 * one.
 */
public final class AccessLog implements AutoCloseable {
    private static final AccessLog NONE = new AccessLog(null);

    private final LineWriter writer;
    private final Map<String, AccessLogFormat> formats = new ConcurrentHashMap<>();

    private AccessLog(LineWriter writer) {
        this.writer = writer;
    }

    /** Lines go to this writer, which stays open when the log is closed (standard output). */
    public static AccessLog to(Writer out) {
        return new AccessLog(new LineWriter(out, false));
    }

    /** Lines are appended to this file, created when missing and closed with the log. */
    public static AccessLog toFile(Path file) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new AccessLog(new LineWriter(out, true));
    }

    /** Renders lines for {@link #render} only; {@link #record} writes nothing. */
    public static AccessLog none() {
        return NONE;
    }

    /** Writes the line for a finished request, when its stage has an access log format. */
    public void record(Invocation inv) {
        if (writer != null) {
            record(new AccessLogValues(inv, inv.elapsedMillis()));
        }
    }

    /** Writes the entry's line, when its stage has an access log format. */
    public void record(AccessLogEntry entry) {
        if (writer != null) {
            render(entry).ifPresent(writer::write);
        }
    }

    /** The line API Gateway would log for this finished request; empty when its stage has no access log. */
    public Optional<String> render(Invocation inv) {
        return render(new AccessLogValues(inv, inv.elapsedMillis()));
    }

    /** The entry's line in its stage's format; empty when that stage has no access log. */
    public Optional<String> render(AccessLogEntry entry) {
        Optional<String> format = entry.format();
        if (format.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(formats.computeIfAbsent(format.get(), AccessLogFormat::parse).render(entry::value));
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
