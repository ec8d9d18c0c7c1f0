package dev.apigw.simulator.lambda.runtime;

import dev.apigw.simulator.lambda.FunctionResult;
import dev.apigw.simulator.lambda.FunctionTimeoutException;
import dev.apigw.simulator.lambda.FunctionUnavailableException;
import dev.apigw.simulator.pipeline.ContextValues;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import dev.apigw.simulator.pipeline.RequestIds;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The warm instances of one function, as Lambda keeps execution environments: an idle instance is reused (the most
 * recently used first), a new one starts only when all are busy and fewer than {@code maxInstances} run, idle ones
 * stop after a while, and a code change retires every instance so the next invocation loads the new code.
 */
final class FunctionPool implements AutoCloseable {
    private final FunctionSpec spec;
    private final Launchers launchers;
    private final FunctionLog log;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final Deque<FunctionInstance> idle = new ArrayDeque<>();
    /** Every running instance, busy or idle, so that closing the pool stops them all. */
    private final java.util.Set<FunctionInstance> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private int live;
    private int generation;
    private int started;
    private boolean closed;

    FunctionPool(FunctionSpec spec, Launchers launchers, FunctionLog log) {
        this.spec = spec;
        this.launchers = launchers;
        this.log = log;
    }

    FunctionSpec spec() {
        return spec;
    }

    /** Runs the event on a warm or new instance, within {@code timeout}. */
    FunctionResult invoke(byte[] event, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        FunctionInstance instance = acquire(deadline);
        String requestId = RequestIds.requestId();
        long remaining = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        PendingInvocation invocation = new PendingInvocation(requestId, event,
                System.currentTimeMillis() + remaining, functionArn(), traceId(), Optional.empty(), Optional.empty());
        FunctionInstance.Result result;
        try {
            result = instance.invoke(invocation, remaining);
        } catch (RuntimeException e) {
            release(instance, false);
            throw e;
        }
        release(instance, result.healthy());
        if (result.outcome().errorType().filter("Sandbox.Timedout"::equals).isPresent()) {
            throw new FunctionTimeoutException("function " + spec.name() + " timed out after "
                    + spec.timeoutSeconds() + " s", result.logs());
        }
        return new FunctionResult(result.outcome().payload(), result.outcome().errorType().map(t -> "Unhandled"),
                result.logs());
    }

    /** Starts one instance ahead of the first invocation ({@code --warm eager}). */
    void prewarm() {
        lock.lock();
        try {
            if (closed || live > 0) {
                return;
            }
            live++;
        } finally {
            lock.unlock();
        }
        FunctionInstance instance;
        try {
            instance = start();
        } catch (RuntimeException e) {
            release(null, false);
            log.line("[" + spec.name() + "] cannot start: " + e.getMessage());
            return;
        }
        release(instance, instance.awaitReady(30_000));
    }

    /** Stops instances idle for longer than {@code idleFor}. */
    void stopIdle(Duration idleFor) {
        List<FunctionInstance> stale = new ArrayList<>();
        lock.lock();
        try {
            long limit = System.nanoTime() - idleFor.toNanos();
            idle.removeIf(i -> {
                if (i.lastUsedNanos() < limit || !i.alive()) {
                    stale.add(i);
                    return true;
                }
                return false;
            });
            live -= stale.size();
        } finally {
            lock.unlock();
        }
        stale.forEach(this::stop);
    }

    private void stop(FunctionInstance instance) {
        running.remove(instance);
        instance.close();
    }

    /** The code changed: idle instances stop now, busy ones when their invocation ends. */
    void retire() {
        List<FunctionInstance> stale;
        lock.lock();
        try {
            generation++;
            stale = new ArrayList<>(idle);
            idle.clear();
            live -= stale.size();
        } finally {
            lock.unlock();
        }
        stale.forEach(this::stop);
    }

    @Override
    public void close() {
        List<FunctionInstance> all;
        lock.lock();
        try {
            closed = true;
            all = new ArrayList<>(idle);
            idle.clear();
            freed.signalAll();
        } finally {
            lock.unlock();
        }
        all.forEach(FunctionInstance::close);
        running.forEach(FunctionInstance::close);
        running.clear();
    }

    private FunctionInstance acquire(long deadline) {
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new FunctionUnavailableException("function " + spec.name() + " is shutting down");
                }
                FunctionInstance warm = idle.pollFirst();
                if (warm != null) {
                    if (warm.alive()) {
                        return warm;
                    }
                    live--;
                    stop(warm);
                    continue;
                }
                if (live < spec.maxInstances()) {
                    live++;
                    break;
                }
                long wait = deadline - System.nanoTime();
                if (wait <= 0) {
                    throw new FunctionUnavailableException("function " + spec.name() + " is throttled: all "
                            + spec.maxInstances() + " instances its concurrency allows stayed busy (Lambda answers "
                            + "TooManyRequestsException, Rate Exceeded.)");
                }
                freed.awaitNanos(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionUnavailableException("interrupted while waiting for an instance of " + spec.name(), e);
        } finally {
            lock.unlock();
        }
        try {
            return start();
        } catch (RuntimeException e) {
            release(null, false);
            throw e;
        }
    }

    private FunctionInstance start() {
        int gen;
        int number;
        lock.lock();
        try {
            gen = generation;
            number = ++started;
        } finally {
            lock.unlock();
        }
        FunctionInstance instance = FunctionInstance.start(spec, launchers, log, gen, number);
        running.add(instance);
        return instance;
    }

    private void release(FunctionInstance instance, boolean healthy) {
        boolean stop;
        lock.lock();
        try {
            stop = instance == null || !healthy || closed || instance.generation() != generation;
            if (stop) {
                live--;
            } else {
                idle.addFirst(instance);
            }
            freed.signal();
        } finally {
            lock.unlock();
        }
        if (stop && instance != null) {
            running.remove(instance);
            instance.close();
        }
    }

    private String functionArn() {
        return "arn:aws:lambda:" + ContextValues.REGION + ":" + ContextValues.ACCOUNT_ID + ":function:" + spec.name();
    }

    /** An X-Ray trace header as Lambda passes it: {@code Root=1-<epoch hex>-<96 bits>;Parent=...;Sampled=0}. */
    private static String traceId() {
        String random = RequestIds.requestId().replace("-", "");
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + random.substring(0, 24)
                + ";Parent=" + random.substring(16, 32) + ";Sampled=0";
    }
}
