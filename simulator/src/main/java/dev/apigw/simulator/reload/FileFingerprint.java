package dev.apigw.simulator.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The modification times and sizes of the files an API is made of: the given files, and the YAML, JSON and VTL
 * files under the given directories (three levels deep). Two equal fingerprints mean nothing changed.
 */
record FileFingerprint(TreeMap<String, String> entries) {
    private static final Set<String> EXTENSIONS = Set.of("yaml", "yml", "json", "vtl");

    static FileFingerprint of(List<Path> roots) {
        TreeMap<String, String> entries = new TreeMap<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root, 3)) {
                    files.filter(Files::isRegularFile).filter(FileFingerprint::relevant)
                            .forEach(f -> add(entries, f));
                } catch (IOException | UncheckedIOException e) {
                    entries.put(root.toString(), "unreadable");
                }
            } else {
                add(entries, root);
            }
        }
        return new FileFingerprint(entries);
    }

    private static boolean relevant(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void add(TreeMap<String, String> entries, Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            entries.put(file.toString(), a.lastModifiedTime().toMillis() + ":" + a.size());
        } catch (IOException e) {
            entries.put(file.toString(), "missing");
        }
    }
}
