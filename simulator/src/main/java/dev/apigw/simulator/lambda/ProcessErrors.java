package dev.apigw.simulator.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error a crashed function process printed on stderr, in Lambda's shape ({@code errorType},
 * {@code errorMessage}, {@code stackTrace}): a Python traceback's last line, or the {@code Name: message} line of a
 * Node.js uncaught error with its {@code at ...} frames, rather than whatever line came last (such as Node's
 * closing {@code Node.js v20.x} banner).
 */
final class ProcessErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAMED = Pattern.compile(
            "^([A-Za-z_$][\\w$.]*(?:Error|Exception|Exit|Interrupt|Warning)|Error)(?:: (.*))?$");
    private static final Pattern PYTHON_LINE = Pattern.compile("^([A-Za-z_][\\w.]*)(?:: (.*))?$");

    private ProcessErrors() {
    }

    static String fromStderr(String stderr, int exitCode) {
        List<String> lines = stderr.lines().toList();
        int traceback = lastIndexOf(lines, "Traceback (most recent call last):");
        if (traceback >= 0) {
            return python(lines.subList(traceback + 1, lines.size()), exitCode);
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NAMED.matcher(lines.get(i));
            if (m.matches()) {
                ObjectNode error = error(m.group(1), m.group(2) == null ? "" : m.group(2));
                ArrayNode trace = error.putArray("stackTrace");
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("    at "); j++) {
                    trace.add(lines.get(j).trim());
                }
                return error.toString();
            }
        }
        List<String> text = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("Node.js v")).toList();
        return error("Error", text.isEmpty() ? "exit code " + exitCode : text.get(text.size() - 1).trim())
                .toString();
    }

    /** The frames after {@code Traceback ...:}, then the exception's {@code Type: message} line. */
    private static String python(List<String> rest, int exitCode) {
        int last = -1;
        for (int i = rest.size() - 1; i >= 0; i--) {
            if (!rest.get(i).isBlank() && !Character.isWhitespace(rest.get(i).charAt(0))) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return error("Error", "exit code " + exitCode).toString();
        }
        Matcher m = PYTHON_LINE.matcher(rest.get(last).trim());
        String type = m.matches() ? m.group(1) : "Exception";
        String message = m.matches() ? (m.group(2) == null ? "" : m.group(2)) : rest.get(last).trim();
        // Lambda names the exception by its class name, without its module (json.decoder.JSONDecodeError).
        ObjectNode error = error(type.substring(type.lastIndexOf('.') + 1), message);
        ArrayNode trace = error.putArray("stackTrace");
        rest.subList(0, last).stream().filter(l -> !l.isBlank()).forEach(l -> trace.add(l.strip()));
        return error.toString();
    }

    private static ObjectNode error(String type, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", message);
        error.put("errorType", type);
        return error;
    }

    private static int lastIndexOf(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).trim().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
