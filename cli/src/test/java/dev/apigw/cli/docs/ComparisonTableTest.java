package dev.apigw.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's comparison table ("How apigw compares") may only claim for apigw what apigw's tests exercise: every
 * row names its test classes in the {@code <!-- apigw-tests ... -->} block under the table, and those classes must
 * exist and hold tests. Peer cells may only cite sources that the section lists.
 */
class ComparisonTableTest {
    private static final Path ROOT = Path.of("..");
    private static final String HEADING = "## How apigw compares\n";
    private static final String TESTS_START = "<!-- apigw-tests";
    private static final Pattern CELL = Pattern.compile("(✅|⚠️|❌|\\?)( \\((Base|Pro)\\))?(( \\[\\d+])*)");
    private static final Pattern REF = Pattern.compile("\\[(\\d+)]");
    private static final Pattern SOURCE = Pattern.compile("(?m)^(\\d+)\\. (.*)$");

    private static String section;
    private static List<List<String>> rows;
    private static Map<String, List<String>> testsByFeature;

    @BeforeAll
    static void readSection() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf(HEADING);
        assertThat(start).as("README has the section '%s'", HEADING.strip()).isGreaterThanOrEqualTo(0);
        int end = readme.indexOf("\n## ", start + HEADING.length());
        section = readme.substring(start, end < 0 ? readme.length() : end);
        rows = tableRows(section);
        testsByFeature = testClasses(section);
    }

    @Test
    void everyRowClaimsApigwSupport() {
        assertThat(rows).isNotEmpty();
        for (List<String> row : rows) {
            assertThat(row.get(1)).as("apigw cell of '%s'", row.get(0)).isEqualTo("✅");
        }
    }

    @Test
    void everyRowNamesItsTestsAndNoOtherFeatureIsListed() {
        Set<String> features = new TreeSet<>();
        rows.forEach(row -> features.add(row.get(0)));
        assertThat(new TreeSet<>(testsByFeature.keySet())).isEqualTo(features);
        testsByFeature.forEach((feature, classes) -> assertThat(classes).as(feature).isNotEmpty());
    }

    @Test
    void namedTestClassesExistAndHoldEnabledTests() throws IOException {
        Map<String, List<Path>> sources = testSources();
        testsByFeature.forEach((feature, classes) -> {
            for (String name : classes) {
                List<Path> files = sources.getOrDefault(name, List.of());
                assertThat(files).as("test class %s named for '%s'", name, feature).hasSize(1);
                String code = read(files.get(0));
                assertThat(code).as(name).containsAnyOf("@Test", "@ParameterizedTest");
                assertThat(code).as(name).doesNotContain("@Disabled");
            }
        });
    }

    @Test
    void peerCellsUseTheLegendAndCiteListedSources() {
        Set<String> listed = new TreeSet<>();
        Matcher source = SOURCE.matcher(section);
        while (source.find()) {
            listed.add(source.group(1));
        }
        for (List<String> row : rows) {
            assertThat(row).as(row.get(0)).hasSize(6);
            for (String cell : row.subList(2, row.size())) {
                assertThat(CELL.matcher(cell).matches()).as("cell '%s' in '%s'", cell, row.get(0)).isTrue();
                Matcher ref = REF.matcher(cell);
                while (ref.find()) {
                    assertThat(listed).as("source [%s] cited in '%s'", ref.group(1), row.get(0))
                            .contains(ref.group(1));
                }
            }
        }
    }

    @Test
    void everySourceGivesAnAddress() {
        String sources = section.substring(section.indexOf("Sources"));
        String[] entries = sources.split("(?m)^(?=\\d+\\. )");
        assertThat(entries.length).isGreaterThan(1);
        for (int i = 1; i < entries.length; i++) {
            assertThat(entries[i]).as("source entry %d", i).contains("https://");
        }
    }

    /** Feature rows of the table: cells of each line after the header and separator lines. */
    private static List<List<String>> tableRows(String text) {
        List<List<String>> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| Feature |")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(cell.strip());
            }
            result.add(cells);
        }
        return result;
    }

    /** "Feature: ClassA, ClassB" lines of the comment block; features may contain ": " themselves. */
    private static Map<String, List<String>> testClasses(String text) {
        int start = text.indexOf(TESTS_START);
        assertThat(start).as("README has the %s block", TESTS_START).isGreaterThanOrEqualTo(0);
        int end = text.indexOf("-->", start);
        String[] lines = text.substring(start, end).split("\n");
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.lastIndexOf(": ");
            assertThat(colon).as("'Feature: Test, Test' line: %s", line).isPositive();
            List<String> classes = new ArrayList<>();
            for (String name : line.substring(colon + 2).split(",")) {
                classes.add(name.strip());
            }
            result.put(line.substring(0, colon), classes);
        }
        return result;
    }

    /** Test source files of every module, by simple class name. */
    private static Map<String, List<Path>> testSources() throws IOException {
        Map<String, List<Path>> result = new LinkedHashMap<>();
        List<Path> testRoots;
        try (Stream<Path> modules = Files.list(ROOT)) {
            testRoots = modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).toList();
        }
        for (Path testRoot : testRoots) {
            try (Stream<Path> paths = Files.walk(testRoot)) {
                paths.filter(p -> p.getFileName().toString().endsWith(".java"))
                        .forEach(p -> result.computeIfAbsent(
                                p.getFileName().toString().replaceFirst("\\.java$", ""), k -> new ArrayList<>())
                                .add(p));
            }
        }
        return result;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
