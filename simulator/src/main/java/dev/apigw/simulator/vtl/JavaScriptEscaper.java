package dev.apigw.simulator.vtl;

import java.util.Locale;

/**
 * {@code $util.escapeJavaScript}: JavaScript string rules as Apache Commons Lang implements them (the library the
 * Java-based API Gateway function mirrors). Quotes ({@code '} and {@code "}), backslash and {@code /} get a
 * backslash; control characters use their short escapes or {@code \}{@code u00XX}; every non-ASCII character
 * becomes {@code \}{@code uXXXX} with upper-case hex. The escaped {@code \'} is not valid JSON, which is why AWS
 * recommends {@code .replaceAll("\\'","'")} after it.
 */
final class JavaScriptEscaper {
    private JavaScriptEscaper() {
    }

    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String replacement = replacement(ch);
            if (replacement == null) {
                if (sb != null) {
                    sb.append(ch);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16);
                sb.append(text, 0, i);
            }
            sb.append(replacement);
        }
        return sb == null ? text : sb.toString();
    }

    private static String replacement(char ch) {
        if (ch > 0x7f) {
            return unicode(ch);
        }
        if (ch < 32) {
            return switch (ch) {
                case '\b' -> "\\b";
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\f' -> "\\f";
                case '\r' -> "\\r";
                default -> unicode(ch);
            };
        }
        return switch (ch) {
            case '\'' -> "\\'";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '/' -> "\\/";
            default -> null;
        };
    }

    private static String unicode(char ch) {
        String hex = Integer.toHexString(ch).toUpperCase(Locale.ROOT);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }
}
