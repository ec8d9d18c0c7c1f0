package dev.apigw.model.validation.rules;

import java.util.Optional;

/**
 * A structural check of the JSONPath in {@code ...body.JSONPath} mapping expressions: dotted names with optional
 * {@code [index]}, {@code [*]} or {@code ['name']} subscripts. It only rejects what no JSONPath reader accepts
 * (empty segments, unbalanced brackets, spaces), so unusual but valid paths pass.
 */
final class JsonPathSyntax {
    private JsonPathSyntax() {
    }

    static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("the JSONPath after 'body.' is empty");
        }
        int i = 0;
        boolean expectName = true;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = subscriptEnd(path, i);
                if (close < 0) {
                    return Optional.of("JSONPath '" + path + "' has an unclosed '['");
                }
                i = close + 1;
                expectName = false;
            } else if (c == '.') {
                if (expectName && i > 0 && path.charAt(i - 1) == '.') {
                    i++; // '..' recursive descent
                    continue;
                }
                if (expectName) {
                    return Optional.of("JSONPath '" + path + "' has an empty name before '.'");
                }
                expectName = true;
                i++;
            } else if (Character.isWhitespace(c) || c == ']' || c == '\'' || c == '"') {
                return Optional.of("JSONPath '" + path + "' has an unexpected '" + c + "' at position " + (i + 1));
            } else {
                expectName = false;
                i++;
            }
        }
        return expectName ? Optional.of("JSONPath '" + path + "' ends with '.'") : Optional.empty();
    }

    /** Index of the ']' closing the subscript opened at {@code open}, honouring quotes; -1 when unclosed. */
    private static int subscriptEnd(String path, int open) {
        char quote = 0;
        for (int i = open + 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ']') {
                return i == open + 1 ? -1 : i;
            }
        }
        return -1;
    }
}
