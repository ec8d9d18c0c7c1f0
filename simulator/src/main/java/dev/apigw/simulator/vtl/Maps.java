package dev.apigw.simulator.vtl;

import dev.apigw.simulator.collect.FrozenMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Order-keeping unmodifiable copies; {@code Map.copyOf} would lose the order people wrote things in. A
 * {@link FrozenMap} is immutable all the way down, so it is returned as it is instead of copied.
 */
final class Maps {
    private Maps() {
    }

    static <V> Map<String, V> frozenCopy(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        if (source instanceof FrozenMap<V> frozen) {
            return frozen;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    static Map<String, List<String>> frozenMultiCopy(Map<String, List<String>> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        if (source instanceof FrozenMap<List<String>> frozen) {
            return frozen;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, v == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(v))));
        return Collections.unmodifiableMap(copy);
    }

    /** Deep copy of nested maps/lists into unmodifiable ones, keeping insertion order. */
    @SuppressWarnings("unchecked")
    static Object deepFreeze(Object value) {
        if (value instanceof FrozenMap<?>) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepFreeze(v)));
            return FrozenMap.adopt(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepFreeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepFreezeMap(Map<String, ?> value) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        return (Map<String, Object>) deepFreeze(value);
    }
}
