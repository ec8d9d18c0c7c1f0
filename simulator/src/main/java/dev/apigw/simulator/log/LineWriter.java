package dev.apigw.simulator.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes lines from many request threads through one background thread, so a request never waits on the disk or
 * the terminal and lines never interleave. A line that arrives while the writer is idle is written and flushed at
 * once; under load lines are written and flushed in batches, at most every {@value #BATCH_PAUSE_MILLIS} ms. Each
 * batch is one write, so two writers sharing one stream (the access and execution logs on standard error) do not
 * interleave either. {@link #close} writes what is queued, then flushes.
 */
public final class LineWriter implements AutoCloseable {
    private static final String END = new String("end of log");
    private static final int CAPACITY = 16_384;
    private static final long BATCH_PAUSE_MILLIS = 10;
    private static final int MAX_KEPT_BUFFER = 1 << 20;

    private final Writer out;
    private final boolean closeOut;
    private final String name;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private volatile boolean closed;
    private volatile IOException failure;

    LineWriter(Writer out, boolean closeOut) {
        this(out, closeOut, "access log");
    }

    /** @param name what it writes, for its thread's name and its error message ({@code access log}) */
    public LineWriter(Writer out, boolean closeOut, String name) {
        this.out = out;
        this.closeOut = closeOut;
        this.name = name;
        this.thread = new Thread(this::drain, "apigw-" + name.replace(' ', '-'));
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues the line (several lines joined by {@code \n} stay together); waits only when the writer is
     * {@value #CAPACITY} lines behind.
     */
    public void write(String line) {
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
        List<String> batch = new ArrayList<>(256);
        StringBuilder text = new StringBuilder(8192);
        try {
            boolean end = false;
            while (!end) {
                batch.add(queue.take());
                queue.drainTo(batch);
                for (String line : batch) {
                    if (line == END) {
                        end = true;
                        break;
                    }
                    text.append(line).append('\n');
                }
                batch.clear();
                out.write(text.toString());
                text.setLength(0);
                if (text.capacity() > MAX_KEPT_BUFFER) {
                    text = new StringBuilder(8192); // a burst's buffer is not kept for the quiet times after it
                }
                out.flush();
                if (!end) {
                    // Under load, waking this thread and flushing once per request costs the request threads
                    // more than the lines are worth: pausing lets the next batch gather.
                    Thread.sleep(BATCH_PAUSE_MILLIS);
                }
            }
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
            throw new UncheckedIOException("could not write the " + name, failure);
        }
    }
}
