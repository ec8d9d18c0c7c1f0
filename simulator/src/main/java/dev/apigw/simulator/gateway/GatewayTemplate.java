package dev.apigw.simulator.gateway;

import dev.apigw.simulator.mapping.MappingValues;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gateway response templates are not VTL: API Gateway only substitutes {@code $context.*} and
 * {@code $stageVariables.*} references (also written {@code ${context.x}}); anything unknown becomes empty.
 */
final class GatewayTemplate {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$(?:\\{(context|stageVariables)((?:\\.[A-Za-z0-9_-]+)+)\\}|(context|stageVariables)((?:\\.[A-Za-z0-9_]+)+))");

    private GatewayTemplate() {
    }

    static String render(String template, Map<String, Object> context, Map<String, String> stageVariables) {
        Matcher m = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String root = m.group(1) != null ? m.group(1) : m.group(3);
            String path = (m.group(2) != null ? m.group(2) : m.group(4)).substring(1);
            String value = "context".equals(root)
                    ? MappingValues.contextValue(context, path).orElse("")
                    : stageVariables.getOrDefault(path, "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
