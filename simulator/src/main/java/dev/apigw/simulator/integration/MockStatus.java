package dev.apigw.simulator.integration;

/**
 * Reads the status from the request template output most MOCK methods render, {@code {"statusCode": 200}},
 * without a JSON parser: this runs on every MOCK request, and a full parse cost more than the rest of the
 * integration step. Anything else (other keys, strings, signs, exponents) is left to the parser.
 */
final class MockStatus {
    private static final String KEY = "\"statusCode\"";

    private MockStatus() {
    }

    /** The status of a trimmed {@code {"statusCode": <digits>}}, or -1 when the text is not exactly that. */
    static int plain(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(0) != '{' || text.charAt(n - 1) != '}') {
            return -1;
        }
        int i = skipSpace(text, 1);
        if (!text.startsWith(KEY, i)) {
            return -1;
        }
        i = skipSpace(text, i + KEY.length());
        if (i >= n || text.charAt(i) != ':') {
            return -1;
        }
        i = skipSpace(text, i + 1);
        int start = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int digits = i - start;
        // No leading zeros (JSON forbids them, the parser rejects them) and small enough for an int.
        if (digits == 0 || digits > 9 || (digits > 1 && text.charAt(start) == '0')) {
            return -1;
        }
        if (skipSpace(text, i) != n - 1) {
            return -1;
        }
        return Integer.parseInt(text, start, i, 10);
    }

    /** JSON whitespace only (space, tab, CR, LF), as the parser skips. */
    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            i++;
        }
        return i;
    }
}
