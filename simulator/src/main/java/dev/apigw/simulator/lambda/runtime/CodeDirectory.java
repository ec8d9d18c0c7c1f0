package dev.apigw.simulator.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A function's code or a layer as a directory: the directory itself, or a {@code .zip} extracted to a temporary
 * directory (again when the zip changes). Its fingerprint tells when the code changed.
 */
final class CodeDirectory {
    /** Directories whose changes do not restart functions: dependencies and caches, which are large and busy. */
    private static final Set<String> UNWATCHED = Set.of("node_modules", "__pycache__", ".git", ".aws-sam",
            "cdk.out", ".venv");

    private final Path source;
    private final Path directory;

    private CodeDirectory(Path source, Path directory) {
        this.source = source;
        this.directory = directory;
    }

    /** The code at {@code source} (a directory or a zip); a clear error when it is neither. */
    static CodeDirectory of(String function, String what, Path source) {
        if (Files.isDirectory(source)) {
            return new CodeDirectory(source, source);
        }
        if (Files.isRegularFile(source) && source.getFileName().toString().toLowerCase().endsWith(".zip")) {
            try {
                Path target = Files.createTempDirectory("apigw-code-");
                extract(function, source, target);
                return new CodeDirectory(source, target);
            } catch (IOException e) {
                throw new RuntimeStartException("function " + function + ": cannot extract " + source + ": "
                        + e.getMessage());
            }
        }
        throw new RuntimeStartException("function " + function + ": its " + what + " " + source + " is "
                + (Files.exists(source) ? "neither a directory nor a .zip file" : "not there")
                + "; point it at the directory holding the code (relative to the project file) or a .zip of it");
    }

    Path directory() {
        return directory;
    }

    /** Re-extracts a zip whose content changed; a directory is used in place. */
    synchronized void refresh(String function) {
        if (directory != source) {
            delete(directory);
            extract(function, source, directory);
        }
    }

    /** Changes with any file's size or modification time, or with files added and removed. */
    long fingerprint() {
        long[] sum = {17};
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(source) && UNWATCHED.contains(String.valueOf(dir.getFileName()))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    sum[0] = sum[0] * 31 + file.hashCode();
                    sum[0] = sum[0] * 31 + attrs.lastModifiedTime().toMillis();
                    sum[0] = sum[0] * 31 + attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return 0;
        }
        return sum[0];
    }

    void close() {
        if (directory != source) {
            delete(directory);
        }
    }

    private static void extract(String function, Path zip, Path target) {
        try {
            Files.createDirectories(target);
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new RuntimeStartException("function " + function + ": " + zip + " holds an entry "
                                + entry.getName() + " outside its root; rebuild the zip");
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(entries, out);
                        // Zips lose the executable bit through Java; a provided runtime's bootstrap needs it.
                        if (out.getFileName().toString().equals("bootstrap") || out.getParent().endsWith("bin")) {
                            out.toFile().setExecutable(true);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new RuntimeStartException("function " + function + ": cannot extract " + zip + ": "
                    + e.getMessage());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
