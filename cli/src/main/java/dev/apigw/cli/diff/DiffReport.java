package dev.apigw.cli.diff;

import dev.apigw.model.diff.Change;
import java.util.List;

/**
 * {@code apigw diff --output json}: the two definitions compared, the counts CI scripts test, and every change.
 *
 * @param oldDefinition the definition file read for OLD
 * @param newDefinition the definition file read for NEW
 */
public record DiffReport(String oldDefinition, String newDefinition, int breaking, int nonBreaking,
        List<Entry> changes) {

    /** One change; {@code method} is null for a whole route. */
    public record Entry(String kind, boolean breaking, String method, String path, String pointer, String message) {}

    public static DiffReport of(String oldDefinition, String newDefinition, List<Change> changes) {
        int breaking = (int) changes.stream().filter(Change::breaking).count();
        List<Entry> entries = changes.stream()
                .map(c -> new Entry(c.kind().name(), c.breaking(), c.method().isEmpty() ? null : c.method(), c.path(),
                        c.pointer(), c.message()))
                .toList();
        return new DiffReport(oldDefinition, newDefinition, breaking, changes.size() - breaking, entries);
    }
}
