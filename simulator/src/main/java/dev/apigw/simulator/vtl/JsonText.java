package dev.apigw.simulator.vtl;

import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON text the way json-smart writes it (what API Gateway's {@code $input.json} and array printing show):
 * no spaces, {@code /} escaped as {@code \/}, control characters and U+007F..U+009F, U+2000..U+20FF as
 * {@code \}{@code uXXXX} with upper-case hex; other non-ASCII characters are written as they are.
 */
final class JsonText {
    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder(64);
        append(sb, value);
        return sb.toString();
    }

    static void append(StringBuilder sb, Object value) {
        if (value == null || value == MissingValue.INSTANCE) {
            sb.append("null");
        } else if (value instanceof CharSequence text) {
            appendString(sb, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof JsonObject object) {
            appendObject(sb, object.entrySet().iterator());
        } else if (value instanceof Map<?, ?> map) {
            appendObject(sb, map.entrySet().iterator());
        } else if (value instanceof JsonArray array) {
            sb.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, array.raw(i));
            }
            sb.append(']');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        } else if (value.getClass().isArray()) {
            sb.append('[');
            for (int i = 0; i < Array.getLength(value); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, Array.get(value, i));
            }
            sb.append(']');
        } else {
            appendString(sb, value.toString());
        }
    }

    private static void appendObject(StringBuilder sb, Iterator<? extends Map.Entry<?, ?>> entries) {
        sb.append('{');
        boolean first = true;
        while (entries.hasNext()) {
            Map.Entry<?, ?> e = entries.next();
            if (!first) {
                sb.append(',');
            }
            first = false;
            appendString(sb, String.valueOf(e.getKey()));
            sb.append(':');
            append(sb, e.getValue());
        }
        sb.append('}');
    }

    static void appendString(StringBuilder sb, CharSequence text) {
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '/' -> sb.append("\\/");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch <= '\u001F' || (ch >= '\u007F' && ch <= '\u009F') || (ch >= '\u2000' && ch <= '\u20FF')) {
                        sb.append("\\u");
                        String hex = Integer.toHexString(ch).toUpperCase(java.util.Locale.ROOT);
                        sb.append("0000", 0, 4 - hex.length()).append(hex);
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
