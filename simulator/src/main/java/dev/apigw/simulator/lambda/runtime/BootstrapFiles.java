package dev.apigw.simulator.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Node.js and Python bootstraps shipped inside apigw, written where {@code node} and {@code python3} can run
 * them: a directory of the temporary directory named after the file's content, so every run of the same apigw
 * reuses it and nothing piles up. A file is written beside its final name and moved into place, so servers
 * starting at the same time never read a half-written bootstrap.
 */
final class BootstrapFiles {
    private static final Map<String, Path> WRITTEN = new ConcurrentHashMap<>();

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
            byte[] content = in.readAllBytes();
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "apigw-runtime-" + System.getProperty(
                    "user.name", "user") + "-" + hash(content));
            Path target = dir.resolve(resource);
            if (Files.isRegularFile(target) && Files.size(target) == content.length) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "bootstrap", ".partial");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the runtime bootstrap " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
