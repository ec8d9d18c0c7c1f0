package dev.apigw.simulator.vtl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $input} for one render. The body is parsed at most once, and only if the template asks for a JSONPath;
 * the {@code params()} view is built at most once too.
 */
public final class InputVariable {
    private final TemplateInput input;
    private final JsonPathReader paths;
    private Object document;
    private boolean parsed;
    private Map<String, Object> params;

    InputVariable(TemplateInput input, JsonPathReader paths) {
        this.input = input;
        this.paths = paths;
    }

    /** The raw payload exactly as sent; an empty payload is {@code {}} as in API Gateway. */
    public String getBody() {
        String body = input.body();
        return body.isEmpty() ? "{}" : body;
    }

    /**
     * The JSON text of what {@code expression} selects: strings come quoted, objects as compact JSON. A path that
     * matches nothing gives {@code ""} (an empty JSON string), so {@code "k": $input.json('$.missing')} stays valid.
     */
    public String json(String expression) {
        Object value = paths.read(document(), expression);
        if (value == JsonPathReader.NO_MATCH) {
            return "\"\"";
        }
        return JsonText.write(value);
    }

    /** Navigable objects: maps, lists, strings, numbers, booleans; {@link MissingValue} when nothing matches. */
    public Object path(String expression) {
        Object value = paths.read(document(), expression);
        return value == JsonPathReader.NO_MATCH || value == null ? MissingValue.INSTANCE : value;
    }

    /** {@code {path={..}, querystring={..}, header={..}}} with one value per name (the last for repeated ones). */
    public Map<String, Object> params() {
        if (params == null) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("path", new LinkedHashMap<>(input.pathParameters()));
            all.put("querystring", lastValues(input.queryParameters()));
            all.put("header", lastValues(input.headers()));
            params = all;
        }
        return params;
    }

    /** A parameter by name, looked up in path, then query string, then headers; {@code ""} when absent. */
    public String params(String name) {
        if (name == null) {
            return "";
        }
        String value = input.pathParameters().get(name);
        if (value != null) {
            return value;
        }
        value = last(input.queryParameters().get(name));
        if (value != null) {
            return value;
        }
        value = last(input.headers().get(name));
        if (value != null) {
            return value;
        }
        // Header names are case-insensitive in HTTP and clients (HTTP/2) often lower-case them.
        for (Map.Entry<String, List<String>> header : input.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return last(header.getValue());
            }
        }
        return "";
    }

    private Object document() {
        if (!parsed) {
            try {
                document = JsonBodyReader.parse(input.body());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the body is " + e.getMessage(), e);
            }
            parsed = true;
        }
        return document;
    }

    private static Map<String, String> lastValues(Map<String, List<String>> multi) {
        Map<String, String> single = new LinkedHashMap<>();
        multi.forEach((k, v) -> {
            String last = last(v);
            if (last != null) {
                single.put(k, last);
            }
        });
        return single;
    }

    private static String last(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    @Override
    public String toString() {
        return "";
    }
}
