package dev.apigw.simulator.vtl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The variables of one render ({@code $input}, {@code $util}, {@code $context}, {@code $stageVariables}) and,
 * afterwards, the overrides the template set. {@code $context} is a per-render overlay so the override maps can be
 * written without touching the caller's unmodifiable input.
 */
final class RenderScope {
    private final ContextVariable context;

    /** Fills {@code variables} (a reused, cleared map backing a Velocity context) for one render. */
    RenderScope(TemplateInput input, JsonPathReader paths, Map<String, Object> variables) {
        // The override maps are created on first use: see ContextVariable.
        context = new ContextVariable(input.context());

        variables.put("input", new InputVariable(input, paths));
        variables.put("util", UtilVariable.INSTANCE);
        variables.put("context", context);
        variables.put("stageVariables", input.stageVariables());
    }

    RenderResult result(String output) {
        if (!context.overlaid()) {
            return RenderResult.of(output);
        }
        Map<?, ?> request = map(context.get(ContextVariable.REQUEST_OVERRIDE));
        Map<?, ?> response = map(context.get(ContextVariable.RESPONSE_OVERRIDE));
        return new RenderResult(output, status(response.get("status")), strings(response.get("header")),
                strings(request.get("header")), strings(request.get("querystring")), strings(request.get("path")));
    }

    /** API Gateway only honours a status override that is a valid HTTP status (100..599). */
    static Optional<Integer> status(Object value) {
        Integer status = null;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            status = number.intValue();
        } else if (value instanceof CharSequence text) {
            try {
                status = Integer.valueOf(text.toString().trim());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return status != null && status >= 100 && status <= 599 ? Optional.of(status) : Optional.empty();
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private static Map<String, String> strings(Object value) {
        Map<?, ?> source = map(value);
        if (source.isEmpty()) {
            // Most templates set no override: skip the copy, which every render would otherwise make four times.
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            if (!MissingValue.isMissing(v)) {
                out.put(String.valueOf(k), v instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(v));
            }
        });
        return out;
    }
}
