package dev.apigw.simulator.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes lines from many request threads through one background thread, so a request never waits on the disk or
 * the terminal and lines never interleave. It flushes whenever it has caught up, so the log is current when the
 * server is idle. {@link #close} writes what is queued, then flushes.
 */
final class LineWriter implements AutoCloseable {
    private static final String END = new String("end of log");
    private static final int CAPACITY = 16_384;

    private final Writer out;
    private final boolean closeOut;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;
    private volatile IOException failure;

    LineWriter(Writer out, boolean closeOut) {
        this.out = out;
        this.closeOut = closeOut;
        this.thread = new Thread(this::drain, "apigw-access-log");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the line; waits only when the writer is {@value #CAPACITY} lines behind. */
    void write(String line) {
        if (closed) {
            return;
        }
        try {
            queue.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        try {
            while (true) {
                String line = queue.take();
                if (line == END) {
                    break;
                }
                out.write(line);
                out.write('\n');
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            queue.put(END);
            thread.join(TimeUnit.SECONDS.toMillis(10));
            if (closeOut) {
                out.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (failure != null) {
            throw new UncheckedIOException("could not write the access log", failure);
        }
    }
}
