package dev.apigw.cli.diff;

import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.TextStyle;
import dev.apigw.model.diff.Change;
import java.io.PrintWriter;
import java.util.List;

/**
 * The text report of {@code apigw diff}: breaking changes first, then the others, one line each (kind, location,
 * message), then a count. Quiet leaves only the breaking lines; verbose adds each change's JSON pointer.
 */
public final class DiffTextPrinter {

    private final PrintWriter out;
    private final TextStyle style;
    private final Verbosity verbosity;

    public DiffTextPrinter(PrintWriter out, boolean ansi, Verbosity verbosity) {
        this.out = out;
        this.style = new TextStyle(ansi);
        this.verbosity = verbosity;
    }

    public void print(List<Change> changes) {
        List<Change> breaking = changes.stream().filter(Change::breaking).toList();
        List<Change> other = changes.stream().filter(c -> !c.breaking()).toList();
        if (verbosity == Verbosity.QUIET) {
            breaking.forEach(this::line);
            out.flush();
            return;
        }
        if (changes.isEmpty()) {
            out.println("No changes.");
            out.flush();
            return;
        }
        section(style.boldRed("Breaking changes") + " (" + breaking.size() + "):", breaking);
        section(style.bold("Non-breaking changes") + " (" + other.size() + "):", other);
        out.println(breaking.size() + " breaking, " + other.size() + " non-breaking");
        out.flush();
    }

    private void section(String heading, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println(heading);
        changes.forEach(this::line);
        out.println();
    }

    private void line(Change change) {
        out.println("  " + style.cyan(change.location()) + "  " + change.message() + "  "
                + style.dim("[" + change.kind() + "]"));
        if (verbosity == Verbosity.VERBOSE) {
            out.println("      at " + change.pointer());
        }
    }
}
