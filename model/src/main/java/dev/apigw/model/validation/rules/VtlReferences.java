package dev.apigw.model.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light lexer over a VTL template: the root names of its references ({@code $input} in
 * {@code $input.path('$.a')}), with positions, and the names the template defines itself ({@code #set},
 * {@code #foreach}, {@code #macro} and {@code #define} variables). It skips comments, escaped dollars and
 * single-quoted strings inside parentheses (directive and method arguments, which Velocity does not interpolate).
 */
final class VtlReferences {
    /** Variables API Gateway provides, plus Velocity's own loop helpers and the {@code $null} idiom. */
    static final Set<String> GLOBALS = Set.of("input", "util", "context", "stageVariables", "foreach",
            "velocityCount", "velocityHasNext", "null");

    private static final Pattern DEFINED = Pattern.compile(
            "#\\{?(?:set|foreach|define)}?\\s*\\(\\s*\\$!?\\{?([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern MACRO = Pattern.compile("#\\{?macro}?\\s*\\(([^)]*)\\)");
    private static final Pattern MACRO_ARG = Pattern.compile("\\$!?\\{?([A-Za-z_][A-Za-z0-9_-]*)");

    record Reference(String name, int line, int column) {
    }

    private VtlReferences() {
    }

    /** First use of each name that is neither a global nor defined by the template. */
    static List<Reference> unknown(String template) {
        Set<String> known = new HashSet<>(GLOBALS);
        known.addAll(defined(template));
        Map<String, Reference> first = new LinkedHashMap<>();
        for (Reference r : references(template)) {
            if (!known.contains(r.name())) {
                first.putIfAbsent(r.name(), r);
            }
        }
        return new ArrayList<>(first.values());
    }

    static Set<String> defined(String template) {
        Set<String> out = new HashSet<>();
        Matcher m = DEFINED.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        Matcher macro = MACRO.matcher(template);
        while (macro.find()) {
            Matcher arg = MACRO_ARG.matcher(macro.group(1));
            while (arg.find()) {
                out.add(arg.group(1));
            }
        }
        return out;
    }

    static List<Reference> references(String t) {
        List<Reference> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int depth = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (t.startsWith("##", i)) {
                i = skipTo(t, "\n", i, false);
            } else if (t.startsWith("#*", i) || t.startsWith("#[[", i)) {
                int end = skipTo(t, t.startsWith("#*", i) ? "*#" : "]]#", i + 2, true);
                for (int k = i; k < end; k++) {
                    if (t.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '$') {
                i += 2;
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (c == '\'' && depth > 0) {
                int close = t.indexOf('\'', i + 1);
                int newline = t.indexOf('\n', i + 1);
                // an unclosed quote on this line is text, not a string literal
                i = close < 0 || (newline >= 0 && newline < close) ? i + 1 : close + 1;
            } else if (c == '$') {
                int j = i + 1;
                if (j < t.length() && t.charAt(j) == '!') {
                    j++;
                }
                if (j < t.length() && t.charAt(j) == '{') {
                    j++;
                }
                int start = j;
                if (j < t.length() && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '_')) {
                    while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '_'
                            || t.charAt(j) == '-')) {
                        j++;
                    }
                    // a trailing '-' belongs to the text ("$a-" in "$a-$b" is rare; "$name-" in prose is not)
                    while (j > start && t.charAt(j - 1) == '-') {
                        j--;
                    }
                    out.add(new Reference(t.substring(start, j), line, i - lineStart + 1));
                }
                i = Math.max(j, i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    private static int skipTo(String t, String end, int from, boolean past) {
        int at = t.indexOf(end, from);
        if (at < 0) {
            return t.length();
        }
        return past ? at + end.length() : at;
    }
}
