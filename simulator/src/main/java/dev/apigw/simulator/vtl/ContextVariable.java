package dev.apigw.simulator.vtl;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code $context} for one render: the caller's (unmodifiable) values seen through a small writable overlay that
 * holds the override maps ({@code requestOverride}, {@code responseOverride}) and anything the template sets at the
 * top level. Avoids copying the whole context on every render.
 *
 * <p>The overlay and its five override maps are only built when the template first touches them (reads or writes
 * an override, writes to {@code $context}, or lists it): almost no template does, and building them was a sizeable
 * share of every render. Until then the map behaves exactly as if they were there. When the base context carries
 * {@code requestOverride} / {@code responseOverride} maps (a response template after a request template that set
 * overrides), the override maps start with those values.
 */
final class ContextVariable extends AbstractMap<String, Object> {
    static final String REQUEST_OVERRIDE = "requestOverride";
    static final String RESPONSE_OVERRIDE = "responseOverride";

    private final Map<String, Object> base;
    private Map<String, Object> overlay;

    ContextVariable(Map<String, Object> base) {
        this.base = base;
    }

    @Override
    public Object get(Object key) {
        if (overlay == null) {
            if (!isOverride(key)) {
                return base.get(key);
            }
            overlay();
        }
        Object value = overlay.get(key);
        return value != null || overlay.containsKey(key) ? value : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return isOverride(key) || (overlay != null && overlay.containsKey(key)) || base.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        Object previous = get(key);
        overlay().put(key, value);
        return previous;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        // Rarely used (printing or iterating $context); merge into a fresh map in the caller's order.
        Map<String, Object> merged = new LinkedHashMap<>(base);
        merged.putAll(overlay());
        return merged.entrySet();
    }

    /** Whether the template touched the overrides (or wrote to $context) at all; if not, there are none. */
    boolean overlaid() {
        return overlay != null;
    }

    private Map<String, Object> overlay() {
        if (overlay == null) {
            Map<String, Object> created = new LinkedHashMap<>(4);
            OverrideMap request = new OverrideMap("$context.requestOverride");
            request.seed("header", new OverrideMap("$context.requestOverride.header"));
            request.seed("querystring", new OverrideMap("$context.requestOverride.querystring"));
            request.seed("path", new OverrideMap("$context.requestOverride.path"));
            OverrideMap response = new OverrideMap("$context.responseOverride");
            response.seed("header", new OverrideMap("$context.responseOverride.header"));
            seed(request, base.get(REQUEST_OVERRIDE));
            seed(response, base.get(RESPONSE_OVERRIDE));
            created.put(REQUEST_OVERRIDE, request);
            created.put(RESPONSE_OVERRIDE, response);
            overlay = created;
        }
        return overlay;
    }

    /**
     * Copies into a fresh override map the values an earlier template set ({@code $context.requestOverride} of the
     * request template, given to the response template in its base context), so they can be read here.
     */
    private static void seed(OverrideMap target, Object earlier) {
        if (!(earlier instanceof Map<?, ?> values)) {
            return;
        }
        values.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (v instanceof Map<?, ?> nested && target.get(key) instanceof OverrideMap inner) {
                nested.forEach((nk, nv) -> inner.seed(String.valueOf(nk), nv));
            } else if (!(v instanceof Map<?, ?>)) {
                target.seed(key, v);
            }
        });
    }

    private static boolean isOverride(Object key) {
        return REQUEST_OVERRIDE.equals(key) || RESPONSE_OVERRIDE.equals(key);
    }
}
