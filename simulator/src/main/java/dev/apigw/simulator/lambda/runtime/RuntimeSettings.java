package dev.apigw.simulator.lambda.runtime;

import java.time.Duration;

/**
 * How functions run locally: started at the first invocation ({@code LAZY}, the default) or when the server starts
 * ({@code EAGER}, like SAM's {@code --warm-containers EAGER}); how long an idle instance stays warm; the default
 * cap on parallel instances; where their output goes.
 */
public record RuntimeSettings(Warm warm, Duration idleStop, int defaultConcurrency, FunctionLog log) {
    public enum Warm { LAZY, EAGER }

    public static final Duration DEFAULT_IDLE_STOP = Duration.ofMinutes(5);
    public static final int DEFAULT_CONCURRENCY = 10;

    public RuntimeSettings {
        warm = warm == null ? Warm.LAZY : warm;
        idleStop = idleStop == null ? DEFAULT_IDLE_STOP : idleStop;
        defaultConcurrency = defaultConcurrency <= 0 ? DEFAULT_CONCURRENCY : defaultConcurrency;
        log = log == null ? FunctionLog.DISCARD : log;
    }

    /** Lazy starts, five idle minutes, ten instances, output to this process's standard error. */
    public static RuntimeSettings defaults() {
        return new RuntimeSettings(Warm.LAZY, DEFAULT_IDLE_STOP, DEFAULT_CONCURRENCY, System.err::println);
    }

    public RuntimeSettings withLog(FunctionLog value) {
        return new RuntimeSettings(warm, idleStop, defaultConcurrency, value);
    }

    public RuntimeSettings withWarm(Warm value) {
        return new RuntimeSettings(value, idleStop, defaultConcurrency, log);
    }

    public RuntimeSettings withIdleStop(Duration value) {
        return new RuntimeSettings(warm, value, defaultConcurrency, log);
    }
}
