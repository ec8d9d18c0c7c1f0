package dev.apigw.simulator.lambda.runtime;

import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.project.FunctionRuntime;
import dev.apigw.model.project.LambdaRuntimeName;
import dev.apigw.simulator.lambda.FunctionRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every function the server runs with a Lambda runtime, one {@link FunctionPool} each, shared by all stages and kept
 * across hot reloads while a function's definition stays the same. A background task stops idle instances and
 * restarts those whose code changed. Closing it stops every instance; so does the JVM's exit.
 */
public final class FunctionRuntimes implements AutoCloseable {
    private final RuntimeSettings settings;
    private final Launchers launchers;
    private final Map<String, Entry> pools = new ConcurrentHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "apigw-function-shutdown");
    /** Made with the first pool, so that simulators without runtime functions start no thread. */
    private ScheduledExecutorService background;
    private volatile boolean closed;

    public FunctionRuntimes(RuntimeSettings settings) {
        this.settings = settings;
        this.launchers = new Launchers(new Interpreters(settings.log()::line));
    }

    private synchronized ScheduledExecutorService background() {
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "apigw-function-runtimes");
                t.setDaemon(true);
                return t;
            });
            background.scheduleWithFixedDelay(this::maintain, 1, 1, TimeUnit.SECONDS);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return background;
    }

    public RuntimeSettings settings() {
        return settings;
    }

    /**
     * The runner of a function that names a {@code runtime}; checks now that its code and interpreter are there, so
     * that a server does not start with a function it cannot run.
     */
    public FunctionRunner runner(FunctionBinding binding, Path workingDirectory) {
        FunctionRuntime runtime = binding.runtime().orElseThrow(() -> new IllegalArgumentException(
                "function " + binding.function() + " has no runtime"));
        if (closed) {
            throw new IllegalStateException("the function runtimes are closed");
        }
        ScheduledExecutorService tasks = background();
        String key = binding.function();
        Entry entry = pools.compute(key, (k, existing) -> {
            if (existing != null && existing.binding().equals(binding) && existing.base().equals(workingDirectory)) {
                return existing;
            }
            if (existing != null) {
                existing.close();
            }
            return create(binding, runtime, workingDirectory);
        });
        if (settings.warm() == RuntimeSettings.Warm.EAGER) {
            tasks.execute(entry.pool()::prewarm);
        }
        return (function, event, timeout) -> entry.pool().invoke(event, timeout);
    }

    private Entry create(FunctionBinding binding, FunctionRuntime runtime, Path base) {
        LambdaRuntimeName name = LambdaRuntimeName.parse(runtime.runtime()).orElseThrow(() ->
                new RuntimeStartException("function " + binding.function() + ": unknown Lambda runtime "
                        + runtime.runtime() + "; use one of " + String.join(", ", LambdaRuntimeName.SUPPORTED)));
        CodeDirectory code = CodeDirectory.of(binding.function(), "codeUri", base.resolve(runtime.codeUri())
                .toAbsolutePath().normalize());
        List<CodeDirectory> layers = new ArrayList<>();
        for (String layer : runtime.layers()) {
            layers.add(CodeDirectory.of(binding.function(), "layer", base.resolve(layer).toAbsolutePath()
                    .normalize()));
        }
        FunctionSpec spec = spec(binding, runtime, name, code, layers);
        // Fails now, with the function's name, when the interpreter or a provided bootstrap is missing.
        launchers.check(spec);
        FunctionPool pool = new FunctionPool(spec, launchers, settings.log());
        return new Entry(binding, base, code, layers, pool, new long[] {fingerprint(code, layers)});
    }

    private FunctionSpec spec(FunctionBinding binding, FunctionRuntime runtime, LambdaRuntimeName name,
            CodeDirectory code, List<CodeDirectory> layers) {
        return new FunctionSpec(binding.function(), name, binding.handler().orElse(""), code.directory(),
                layers.stream().map(CodeDirectory::directory).toList(), runtime.memorySize(),
                binding.timeoutSeconds().orElse(FunctionRuntime.DEFAULT_TIMEOUT_SECONDS), binding.environment(),
                runtime.reservedConcurrency().orElse(settings.defaultConcurrency()));
    }

    /** Restarts functions whose code changed and stops instances idle for too long. */
    private void maintain() {
        for (Map.Entry<String, Entry> e : pools.entrySet()) {
            Entry entry = e.getValue();
            try {
                long now = fingerprint(entry.code(), entry.layers());
                if (now != entry.fingerprint()[0]) {
                    entry.fingerprint()[0] = now;
                    entry.code().refresh(e.getKey());
                    entry.layers().forEach(l -> l.refresh(e.getKey()));
                    entry.pool().retire();
                    settings.log().line("[" + e.getKey() + "] code changed; its next invocation starts a new "
                            + "instance");
                    if (settings.warm() == RuntimeSettings.Warm.EAGER) {
                        entry.pool().prewarm();
                    }
                }
                entry.pool().stopIdle(settings.idleStop());
            } catch (RuntimeException ex) {
                settings.log().line("[" + e.getKey() + "] " + ex.getMessage());
            }
        }
    }

    private static long fingerprint(CodeDirectory code, List<CodeDirectory> layers) {
        long sum = code.fingerprint();
        for (CodeDirectory layer : layers) {
            sum = sum * 31 + layer.fingerprint();
        }
        return sum;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stopAll();
        if (background != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down and runs the hook itself.
            }
        }
    }

    private void stopAll() {
        closed = true;
        if (background != null) {
            background.shutdownNow();
        }
        pools.values().forEach(Entry::close);
        pools.clear();
    }

    private record Entry(FunctionBinding binding, Path base, CodeDirectory code, List<CodeDirectory> layers,
            FunctionPool pool, long[] fingerprint) {
        void close() {
            pool.close();
            code.close();
            layers.forEach(CodeDirectory::close);
        }
    }
}
