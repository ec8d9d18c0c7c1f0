package dev.apigw.simulator.vtl;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code $context} for one render: the caller's (unmodifiable) values seen through a small writable overlay that
 * holds the override maps and anything the template sets at the top level. Avoids copying the whole context on
 * every render.
 */
final class ContextVariable extends AbstractMap<String, Object> {
    private final Map<String, Object> base;
    private final Map<String, Object> overlay = new LinkedHashMap<>(4);

    ContextVariable(Map<String, Object> base) {
        this.base = base;
    }

    @Override
    public Object get(Object key) {
        Object value = overlay.get(key);
        return value != null || overlay.containsKey(key) ? value : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return overlay.containsKey(key) || base.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        Object previous = get(key);
        overlay.put(key, value);
        return previous;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        // Rarely used (printing or iterating $context); merge into a fresh map in the caller's order.
        Map<String, Object> merged = new LinkedHashMap<>(base);
        merged.putAll(overlay);
        return merged.entrySet();
    }
}
