package dev.apigw.openapi.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a parsed document starts: JSON pointer to 1-based line and column. An object member is
 * recorded at its key, because that is where a person looks when told "{@code uri} is wrong".
 */
public final class SourceMap {

    /** A 1-based line and column; {@code (0, 0)} means unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);

        public boolean known() {
            return line > 0;
        }
    }

    private static final SourceMap EMPTY = new SourceMap(Map.of());

    private final Map<String, Position> positions;

    private SourceMap(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** For documents built in memory, which have no positions. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /** The position recorded for exactly this pointer. */
    public Optional<Position> exact(String pointer) {
        return Optional.ofNullable(positions.get(JsonPointers.normalize(pointer)));
    }

    /** The position of the pointer, else of its nearest recorded ancestor, else {@link Position#UNKNOWN}. */
    public Position nearest(String pointer) {
        String p = JsonPointers.normalize(pointer);
        while (true) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.UNKNOWN;
            }
            p = JsonPointers.parent(p);
        }
    }

    public int size() {
        return positions.size();
    }

    /** Filled in by the parsers while they build the tree; a later put for the same pointer wins (duplicate keys). */
    static final class Builder {
        private final Map<String, Position> positions = new HashMap<>();

        void put(String pointer, int line, int column) {
            positions.put(pointer, new Position(line, column));
        }

        /** Drops a subtree's positions, used when a duplicate key replaces an earlier value. */
        void removeUnder(String pointer) {
            String prefix = pointer + "/";
            positions.keySet().removeIf(p -> p.startsWith(prefix));
        }

        SourceMap build() {
            return new SourceMap(Map.copyOf(positions));
        }
    }
}
