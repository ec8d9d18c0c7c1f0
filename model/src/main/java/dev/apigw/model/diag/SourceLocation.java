package dev.apigw.model.diag;

import java.util.Optional;

/**
 * Where something sits in a user's file: the file, a JSON pointer into the parsed document, and the 1-based
 * line and column when known (0 when unknown).
 */
public record SourceLocation(String file, String pointer, int line, int column) {

    public SourceLocation {
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
    }

    public static SourceLocation unknown() {
        return new SourceLocation("", "", 0, 0);
    }

    public static SourceLocation of(String file, String pointer) {
        return new SourceLocation(file, pointer, 0, 0);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    public Optional<String> fileName() {
        return file.isEmpty() ? Optional.empty() : Optional.of(file);
    }

    /** {@code file:line:column}, or as much of it as is known. */
    public String display() {
        StringBuilder out = new StringBuilder(file.isEmpty() ? "<input>" : file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
