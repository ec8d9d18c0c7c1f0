package dev.apigw.simulator.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Node.js and Python bootstraps shipped inside apigw, written once per JVM to a temporary directory so that
 * {@code node} and {@code python3} can run them.
 */
final class BootstrapFiles {
    private static final Map<String, Path> WRITTEN = new ConcurrentHashMap<>();
    private static volatile Path directory;

    private BootstrapFiles() {
    }

    /** The file for {@code node/bootstrap.mjs} or {@code python/bootstrap.py}. */
    static Path get(String resource) {
        return WRITTEN.computeIfAbsent(resource, BootstrapFiles::write);
    }

    private static Path write(String resource) {
        try (InputStream in = BootstrapFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("apigw's runtime bootstrap " + resource + " is missing from the jar");
            }
            Path target = directory().resolve(resource);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
            target.toFile().deleteOnExit();
            target.getParent().toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the runtime bootstrap " + resource + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("apigw-runtimes");
            directory.toFile().deleteOnExit();
        }
        return directory;
    }
}
