package dev.apigw.simulator.vtl;

import java.util.LinkedHashMap;

/**
 * A JSON object as templates see it. API Gateway parses bodies with Jayway JsonPath over json-smart, whose objects
 * are {@link LinkedHashMap}s: so {@code $input.path('$')} prints like {@code Map.toString()} ({@code {a=1, b=x}},
 * insertion order), while nested arrays print as compact JSON because {@link JsonArray} does.
 *
 * <p>{@link #get} returns {@link MissingValue} for absent keys and JSON nulls so {@code $obj.missing == ""} holds.
 */
public final class JsonObject extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    public JsonObject() {
        super();
    }

    @Override
    public Object get(Object key) {
        Object value = super.get(key);
        return value == null ? MissingValue.INSTANCE : value;
    }

    /** The stored value, null for both absent keys and JSON null; for JSONPath and serialisation. */
    Object raw(Object key) {
        return super.get(key);
    }
}
