package dev.apigw.model.diag;

import java.util.ArrayList;
import java.util.List;

/** A collector that importers and rules append to; read it once with {@link #list()}. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public List<Diagnostic> list() {
        return List.copyOf(items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean hasWarnings() {
        return items.stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }
}
