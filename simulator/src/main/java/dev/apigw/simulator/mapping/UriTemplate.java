package dev.apigw.simulator.mapping;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Integration URIs: {@code ${stageVariables.x}} and {@code {param}} / {@code {proxy+}} placeholders. */
public final class UriTemplate {
    private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([A-Za-z0-9_]+)}");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)\\+?}");

    private UriTemplate() {
    }

    public static String withStageVariables(String uri, Map<String, String> stageVariables) {
        if (uri.indexOf("${") < 0) {
            // No placeholder (every MOCK method, most URIs): skip the matcher and the copy.
            return uri;
        }
        Matcher m = STAGE_VARIABLE.matcher(uri);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(stageVariables.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(sb).toString();
    }

    /** Replaces path placeholders with the (already URL-encoded) integration path parameters. */
    public static String withPathParameters(String uri, Map<String, String> parameters) {
        Matcher m = PATH_PARAMETER.matcher(uri);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(sb).toString();
    }
}
