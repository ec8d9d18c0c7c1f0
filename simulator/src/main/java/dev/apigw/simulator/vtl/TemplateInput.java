package dev.apigw.simulator.vtl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a mapping template can see: the raw body, the method request parameters, the stage variables and
 * {@code $context}. Maps are never null and unmodifiable; multi-valued maps keep every value in arrival order.
 *
 * @param body            the raw payload as sent (null is treated as empty; templates then see {@code {}})
 * @param context         nested maps mirroring {@code $context}; see {@link ContextBuilder}
 */
public record TemplateInput(String body, Map<String, String> pathParameters, Map<String, List<String>> queryParameters,
        Map<String, List<String>> headers, Map<String, String> stageVariables, Map<String, Object> context) {

    private static final TemplateInput EMPTY = new TemplateInput("", Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public TemplateInput {
        body = body == null ? "" : body;
        pathParameters = Maps.frozenCopy(pathParameters);
        queryParameters = Maps.frozenMultiCopy(queryParameters);
        headers = Maps.frozenMultiCopy(headers);
        stageVariables = Maps.frozenCopy(stageVariables);
        context = Maps.deepFreezeMap(context);
    }

    /** No body, no parameters, an empty {@code $context}. */
    public static TemplateInput empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this input, to change a few parts. */
    public Builder toBuilder() {
        Builder b = new Builder().body(body).pathParameters(pathParameters).stageVariables(stageVariables).context(context);
        queryParameters.forEach((k, vs) -> vs.forEach(v -> b.queryParameter(k, v)));
        headers.forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
        return b;
    }

    public TemplateInput withBody(String newBody) {
        return new TemplateInput(newBody, pathParameters, queryParameters, headers, stageVariables, context);
    }

    public TemplateInput withPathParameters(Map<String, String> values) {
        return new TemplateInput(body, values, queryParameters, headers, stageVariables, context);
    }

    public TemplateInput withQueryParameters(Map<String, List<String>> values) {
        return new TemplateInput(body, pathParameters, values, headers, stageVariables, context);
    }

    public TemplateInput withHeaders(Map<String, List<String>> values) {
        return new TemplateInput(body, pathParameters, queryParameters, values, stageVariables, context);
    }

    public TemplateInput withStageVariables(Map<String, String> values) {
        return new TemplateInput(body, pathParameters, queryParameters, headers, values, context);
    }

    public TemplateInput withContext(Map<String, Object> values) {
        return new TemplateInput(body, pathParameters, queryParameters, headers, stageVariables, values);
    }

    /** Collects parameters one by one; repeated query keys and headers keep every value. */
    public static final class Builder {
        private String body = "";
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, String> stageVariables = new LinkedHashMap<>();
        private Map<String, Object> context = Map.of();

        private Builder() {
        }

        public Builder body(String value) {
            this.body = value;
            return this;
        }

        public Builder pathParameter(String name, String value) {
            pathParameters.put(name, value);
            return this;
        }

        public Builder pathParameters(Map<String, String> values) {
            pathParameters.putAll(values);
            return this;
        }

        /** Adds a value; a repeated name keeps all values (the single-value view then sees the last one). */
        public Builder queryParameter(String name, String value) {
            queryParameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder queryParameters(Map<String, List<String>> values) {
            values.forEach((k, vs) -> vs.forEach(v -> queryParameter(k, v)));
            return this;
        }

        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder headers(Map<String, List<String>> values) {
            values.forEach((k, vs) -> vs.forEach(v -> header(k, v)));
            return this;
        }

        public Builder stageVariable(String name, String value) {
            stageVariables.put(name, value);
            return this;
        }

        public Builder stageVariables(Map<String, String> values) {
            stageVariables.putAll(values);
            return this;
        }

        /** The whole {@code $context}, typically from {@link ContextBuilder#build()}. */
        public Builder context(Map<String, Object> values) {
            this.context = values == null ? Map.of() : values;
            return this;
        }

        public TemplateInput build() {
            return new TemplateInput(body, pathParameters, queryParameters, headers, stageVariables, context);
        }
    }
}
