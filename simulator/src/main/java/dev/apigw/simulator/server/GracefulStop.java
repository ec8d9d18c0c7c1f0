package dev.apigw.simulator.server;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a serving session ends: {@link #stop} closes its parts in order (the server first, so running requests
 * finish and are logged, then the access log, so their lines are written) and releases {@link #await}. With
 * {@link #onSignals} SIGINT/SIGTERM run that same {@link #stop} from a JVM shutdown hook.
 */
public final class GracefulStop implements AutoCloseable {
    private final List<AutoCloseable> inOrder;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread hook;

    private GracefulStop(List<AutoCloseable> inOrder) {
        this.inOrder = List.copyOf(inOrder);
    }

    /** A stop for these parts, closed in the given order; no signal handling yet. */
    public static GracefulStop of(AutoCloseable... inOrder) {
        return new GracefulStop(List.of(inOrder));
    }

    /** Also stops when the JVM is asked to exit (SIGINT, SIGTERM); {@link #close} removes that again. */
    public GracefulStop onSignals() {
        hook = new Thread(this::stop, "apigw-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return this;
    }

    /** Closes every part once, in order, even when one fails; later calls wait for the first to finish. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        try {
            for (AutoCloseable part : inOrder) {
                try {
                    part.close();
                } catch (Exception e) {
                    // keep closing the rest: one part failing must not leave the others open
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop} has finished. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    private void awaitQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the shutdown hook (the session ended some other way); does not stop anything. */
    @Override
    public void close() {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run
        }
    }
}
