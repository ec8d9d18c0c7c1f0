package dev.apigw.simulator.pipeline;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's {@code $context} that works each entry out when it is first read ({@link ContextValues#value}) and
 * keeps it, so every later read sees the same value. Listing it (entry set, size) works all of them out, in API
 * Gateway's order. Read on the request's thread only, like its {@link Invocation}.
 */
final class LazyContext extends AbstractMap<String, Object> {
    private final Invocation inv;
    private final List<String> names;
    private final Object[] values;
    private final boolean[] known;
    private Map<String, Object> all;

    LazyContext(Invocation inv) {
        this.inv = inv;
        this.names = ContextValues.names(inv);
        this.values = new Object[names.size()];
        this.known = new boolean[names.size()];
    }

    @Override
    public Object get(Object key) {
        Integer found = key instanceof String name ? ContextValues.position(names, name) : null;
        if (found == null || found >= names.size()) {
            return null;
        }
        int i = found;
        if (!known[i]) {
            values[i] = ContextValues.value(inv, names.get(i));
            known[i] = true;
        }
        return values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        Integer found = key instanceof String name ? ContextValues.position(names, name) : null;
        return found != null && found < names.size();
    }

    @Override
    public int size() {
        return names.size();
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        if (all == null) {
            LinkedHashMap<String, Object> entries = new LinkedHashMap<>(names.size() * 2);
            for (String name : names) {
                entries.put(name, get(name));
            }
            all = Collections.unmodifiableMap(entries);
        }
        return all.entrySet();
    }
}
