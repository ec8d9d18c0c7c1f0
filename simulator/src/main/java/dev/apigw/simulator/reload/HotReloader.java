package dev.apigw.simulator.reload;

import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.Gateway;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches the files an API is made of and reloads the gateway when they change (checked every 250 ms, so a save is
 * live within a second). A load that fails keeps the last good API and reports why.
 */
public final class HotReloader implements AutoCloseable {
    /** Told about each reload. */
    public interface Listener {
        void reloaded(ApiProject project);

        void failed(String message);
    }

    private final Gateway gateway;
    private final Supplier<List<ApiProject>> loader;
    private final List<Path> watched;
    private final Listener listener;
    private final ScheduledExecutorService timer;
    private FileFingerprint last;

    public HotReloader(Gateway gateway, Supplier<ApiProject> loader, List<Path> watched, Listener listener) {
        this(gateway, watched, listener, () -> List.of(loader.get()));
    }

    /** For the several APIs of a template: each is replaced by the new one with its logical id. */
    public HotReloader(Gateway gateway, List<Path> watched, Listener listener, Supplier<List<ApiProject>> loader) {
        this.gateway = gateway;
        this.loader = loader;
        this.watched = List.copyOf(watched);
        this.listener = listener;
        this.last = FileFingerprint.of(this.watched);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "apigw-reload");
            t.setDaemon(true);
            return t;
        });
    }

    public HotReloader start(Duration interval) {
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Reloads now if a file changed since the last check; returns whether it tried. */
    public boolean check() {
        FileFingerprint now = FileFingerprint.of(watched);
        if (now.equals(last)) {
            return false;
        }
        last = now;
        try {
            List<ApiProject> projects = loader.get();
            gateway.reload(projects);
            listener.reloaded(projects.get(0));
        } catch (RuntimeException e) {
            listener.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
