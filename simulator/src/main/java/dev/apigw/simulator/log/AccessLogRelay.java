package dev.apigw.simulator.log;

/**
 * Where lines that no request/response exchange returns go: a WebSocket API's connect, message and disconnect
 * events happen inside its engine (also on an idle timeout or a {@code DELETE @connections}), so the engine hands
 * them here. Shared by all stages and kept across hot reloads; writes nothing until the server attaches its
 * {@link AccessLog}.
 */
public final class AccessLogRelay {
    private volatile AccessLog target = AccessLog.none();

    /** From now on, entries go to this log (the server's: stdout, stderr or the {@code --access-log} file). */
    public void attach(AccessLog log) {
        target = log;
    }

    /** Writes the entry's line to the attached log, when its stage has an access log format. */
    public void record(AccessLogEntry entry) {
        target.record(entry);
    }
}
