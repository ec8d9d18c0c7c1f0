package dev.apigw.simulator.vtl;

import java.util.LinkedHashMap;

/**
 * One of the {@code $context.requestOverride.*} / {@code $context.responseOverride.*} maps a template writes to.
 * AWS: "Overrides are final. An override may only be applied to each parameter once"; setting one twice fails
 * the request with a 5XX, so a second {@code #set} (or {@code .put}) of the same key in one template fails the
 * render here. Values seeded from an earlier template (the request template's, read in the response template) are
 * readable and may be overridden once more.
 */
public final class OverrideMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final java.util.Set<String> set = new java.util.HashSet<>(4);

    OverrideMap(String name) {
        this.name = name;
    }

    @Override
    public Object put(String key, Object value) {
        if (!set.add(key)) {
            throw new IllegalStateException(name + "." + key + " is already set; overrides are final and may be set "
                    + "only once (API Gateway answers 5XX). Keep the value in a variable and set the override once "
                    + "at the end of the template");
        }
        return super.put(key, value);
    }

    /** Puts the nested maps the template writes into, without counting as an override. */
    void seed(String key, Object value) {
        super.put(key, value);
    }
}
