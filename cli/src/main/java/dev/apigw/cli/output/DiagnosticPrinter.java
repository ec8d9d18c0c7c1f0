package dev.apigw.cli.output;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics compiler-style, one per line so editors and terminals can jump to them:
 *
 * <pre>
 * openapi.yaml:12:7: error [APIGW101] path parameter {id} is not declared
 *   hint: add it under parameters with in: path
 *
 * apigw.yaml:3:1: warning [APIGW301] stage prod has no throttling
 *
 * 1 error, 1 warning
 * </pre>
 *
 * Files appear in the order they were first reported, each file's findings by position, groups separated by a
 * blank line, then a summary.
 */
public final class DiagnosticPrinter {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt((Diagnostic d) -> d.location().line())
            .thenComparingInt(d -> d.location().column());

    private final PrintWriter out;
    private final TextStyle style;

    public DiagnosticPrinter(PrintWriter out, boolean ansi) {
        this.out = out;
        this.style = new TextStyle(ansi);
    }

    public void print(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byFile = groupByFile(diagnostics);
        boolean first = true;
        for (List<Diagnostic> group : byFile.values()) {
            if (!first) {
                out.println();
            }
            first = false;
            group.forEach(this::printOne);
        }
        if (!diagnostics.isEmpty()) {
            out.println();
        }
        out.println(summaryLine(diagnostics));
        out.flush();
    }

    /** {@code 2 errors, 1 warning} (plus {@code , 3 info} when there are any). */
    public static String summary(List<Diagnostic> diagnostics) {
        Counts counts = Counts.of(diagnostics);
        String text = plural(counts.errors(), "error") + ", " + plural(counts.warnings(), "warning");
        return counts.infos() > 0 ? text + ", " + counts.infos() + " info" : text;
    }

    private void printOne(Diagnostic diagnostic) {
        String rule = diagnostic.ruleId().isEmpty() ? "" : style.dim("[" + diagnostic.ruleId() + "]") + " ";
        out.println(style.bold(location(diagnostic) + ":") + " " + severity(diagnostic.severity()) + " " + rule
                + diagnostic.message());
        if (!diagnostic.hint().isEmpty()) {
            out.println("  " + style.cyan("hint:") + " " + diagnostic.hint());
        }
    }

    // Without a line number the JSON pointer is the only way to find the spot, so show it instead.
    private static String location(Diagnostic diagnostic) {
        var location = diagnostic.location();
        if (!location.hasPosition() && !location.pointer().isEmpty()) {
            return location.display() + "#" + location.pointer();
        }
        return location.display();
    }

    private String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> style.boldRed(severity.label());
            case WARNING -> style.boldYellow(severity.label());
            case INFO -> style.cyan(severity.label());
        };
    }

    private String summaryLine(List<Diagnostic> diagnostics) {
        Counts counts = Counts.of(diagnostics);
        String text = summary(diagnostics);
        if (counts.errors() > 0) {
            return style.boldRed(text);
        }
        return counts.warnings() > 0 ? style.yellow(text) : text;
    }

    private static Map<String, List<Diagnostic>> groupByFile(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            byFile.computeIfAbsent(diagnostic.location().file(), f -> new ArrayList<>()).add(diagnostic);
        }
        byFile.values().forEach(group -> group.sort(BY_POSITION)); // stable: equal positions keep report order
        return byFile;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
