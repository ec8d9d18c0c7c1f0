package dev.apigw.cli.init;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a template's files from where the CLI's classes come from: the shaded jar (a zip file system) or, in tests
 * and IDEs, the {@code target/classes} directory. Walking the code source avoids needing a file index, which a
 * class loader cannot provide for directories inside a jar.
 */
public final class TemplateFiles {

    static final String ROOT = "templates";

    private TemplateFiles() {}

    /**
     * The files of {@code sample}, by path relative to the template (with '/' separators) in a stable order; empty
     * when this build has no such template.
     */
    public static Optional<Map<String, byte[]>> read(String sample) {
        try {
            Path codeSource = Path.of(TemplateFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                return walk(codeSource.resolve(ROOT).resolve(sample));
            }
            try (FileSystem jar = FileSystems.newFileSystem(codeSource)) {
                return walk(jar.getPath("/" + ROOT, sample));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the apigw jar: " + e.getMessage(), e);
        }
    }

    private static Optional<Map<String, byte[]>> walk(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"),
                        Files.readAllBytes(file));
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }
}
