package dev.apigw.openapi.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Inline function code ({@code InlineCode}, {@code Code.ZipFile}) lives in a temporary directory while a template
 * is served; an imported project keeps it as its own file under {@code functions/<Name>/}.
 */
final class InlineCode {
    static final String TEMPORARY_PREFIX = "apigw-inline-";

    private InlineCode() {
    }

    /** The code directory to write into the project file: the inline code copied into it, or {@code code}. */
    static String keep(String function, Path code, Path projectDir) {
        if (!String.valueOf(code.getFileName()).startsWith(TEMPORARY_PREFIX)) {
            return code.toString();
        }
        Path target = projectDir.resolve("functions").resolve(function);
        try (Stream<Path> files = Files.list(code)) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the inline code of " + function + ": " + e.getMessage(), e);
        }
        return target.toString();
    }
}
