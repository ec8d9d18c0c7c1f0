package dev.apigw.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variables of a resource path such as {@code /pets/{petId}/{proxy+}}, and what is wrong with its syntax. */
final class PathTemplate {
    private static final Pattern VARIABLE_SEGMENT = Pattern.compile("\\{([^{}+]*)(\\+?)}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    // Characters API Gateway certainly refuses in a path part; the allowed set has grown over time (':' works
    // now), so only the certain ones are errors.
    private static final Pattern BAD_CHARACTER = Pattern.compile("[\\s\\\\?#%\"<>|^`{}]");

    private PathTemplate() {
    }

    /** Variable names in order, without braces or the greedy '+'. */
    static List<String> variables(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            Matcher m = VARIABLE_SEGMENT.matcher(segment);
            if (m.matches()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Syntax problems, each a readable sentence; empty when API Gateway accepts the path. */
    static List<String> problems(String path) {
        List<String> out = new ArrayList<>();
        if (!path.startsWith("/")) {
            out.add("the path does not start with '/'");
            return out;
        }
        if (path.equals("/")) {
            return out;
        }
        String[] segments = path.substring(1).split("/", -1);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.isEmpty()) {
                if (!last) {
                    out.add("the path has an empty segment ('//')");
                }
                continue;
            }
            Matcher m = VARIABLE_SEGMENT.matcher(segment);
            if (m.matches()) {
                String name = m.group(1);
                if (!VARIABLE_NAME.matcher(name).matches()) {
                    out.add("path variable '{" + name + m.group(2) + "}' has an empty or invalid name");
                } else if (seen.contains(name)) {
                    out.add("path variable {" + name + "} appears twice");
                }
                seen.add(name);
                if (!m.group(2).isEmpty() && !last) {
                    out.add("greedy variable {" + name + "+} must be the last segment of the path");
                }
            } else if (BAD_CHARACTER.matcher(segment).find()) {
                out.add("path segment '" + segment + "' has characters API Gateway does not allow (braces only "
                        + "around a whole segment; no spaces, '\\', '?', '#', '%')");
            }
        }
        return out;
    }
}
