package dev.apigw.simulator.vtl;

import java.util.ArrayList;

/**
 * A JSON array as templates see it: a list you can index, {@code .size()} and {@code #foreach}, which prints as
 * compact JSON ({@code [{"a":1}]}), like json-smart's JSONArray that API Gateway uses.
 */
public final class JsonArray extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    public JsonArray() {
        super();
    }

    /** Out-of-range indexes and JSON nulls read as {@link MissingValue}, never an exception mid-template. */
    @Override
    public Object get(int index) {
        if (index < 0 || index >= size()) {
            return MissingValue.INSTANCE;
        }
        Object value = super.get(index);
        return value == null ? MissingValue.INSTANCE : value;
    }

    Object raw(int index) {
        return super.get(index);
    }

    @Override
    public String toString() {
        return JsonText.write(this);
    }
}
