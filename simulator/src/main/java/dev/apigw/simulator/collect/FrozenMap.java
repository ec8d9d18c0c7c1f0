package dev.apigw.simulator.collect;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable, insertion-ordered map whose values are immutable all the way down (strings, numbers, immutable
 * lists, other frozen maps). Copying one can only produce an equal map, so the freezing helpers hand it back as it
 * is: a request's headers or {@code $context} are then built once and shared by every template render instead of
 * being copied for each.
 */
public final class FrozenMap<V> extends AbstractMap<String, V> {
    private static final FrozenMap<?> EMPTY = new FrozenMap<>(new LinkedHashMap<>(0));

    private final Map<String, V> view;
    /** The adopted map itself, for scans that need no entry wrappers; null for a computed map. */
    private final LinkedHashMap<String, V> owned;

    private FrozenMap(LinkedHashMap<String, V> owned) {
        this.view = Collections.unmodifiableMap(owned);
        this.owned = owned;
    }

    private FrozenMap(Map<String, V> computed, boolean unused) {
        this.view = computed;
        this.owned = null;
    }

    /**
     * Wraps a map that works its values out when first asked for them (a request's {@code $context}, of which a
     * template reads two or three entries). It must be read-only, answer the same for a key every time, and hold
     * only immutable values.
     */
    public static <V> FrozenMap<V> computed(Map<String, V> readOnly) {
        return new FrozenMap<>(readOnly, true);
    }

    /**
     * Wraps {@code owned} without copying it. The caller hands it over: it must not change it afterwards, and every
     * value must already be immutable.
     */
    public static <V> FrozenMap<V> adopt(LinkedHashMap<String, V> owned) {
        return owned.isEmpty() ? empty() : new FrozenMap<>(owned);
    }

    @SuppressWarnings("unchecked")
    public static <V> FrozenMap<V> empty() {
        return (FrozenMap<V>) EMPTY;
    }

    /**
     * The value of the key spelled like {@code key} ignoring case (HTTP header names): the exact spelling if present,
     * else the first such key in order; null when none.
     */
    public V getIgnoringCase(String key) {
        V exact = view.get(key);
        return exact != null ? exact : scanIgnoringCase(owned != null ? owned : view, key);
    }

    private static <V> V scanIgnoringCase(Map<String, V> map, String key) {
        for (Map.Entry<String, V> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public V get(Object key) {
        return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public boolean isEmpty() {
        return view.isEmpty();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return view.entrySet();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        view.forEach(action);
    }
}
