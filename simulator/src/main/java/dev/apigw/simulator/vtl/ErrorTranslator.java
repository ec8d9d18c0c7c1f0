package dev.apigw.simulator.vtl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.Token;

/** Turns whatever Velocity throws into a {@link TemplateException} naming the template, line and column. */
final class ErrorTranslator {
    /** Velocity formats places as {@code name[line 3, column 7]}. */
    private static final Pattern PLACE = Pattern.compile("\\s*(?:at\\s+)?\\S*\\[line (\\d+), column (\\d+)\\]");
    /** The lexer says {@code Lexical error at line 1, column 14.} instead. */
    private static final Pattern LEXICAL_PLACE = Pattern.compile("at line (\\d+), column (\\d+)");

    /** How Velocity's parser spells the end of the input in its messages. */
    private static final String END_OF_INPUT = "\"\\u001c\"";

    private ErrorTranslator() {
    }

    static TemplateException parseError(String templateName, ParseException e) {
        int line = 0;
        int column = 0;
        if (e instanceof ExtendedParseException located) {
            line = located.getLineNumber();
            column = located.getColumnNumber();
        } else if (e.currentToken != null && e.currentToken.next != null) {
            Token at = e.currentToken.next;
            line = at.beginLine;
            column = at.beginColumn;
        }
        String first = firstLine(e.getMessage());
        int[] place = place(e.getMessage());
        if (line <= 0 && place != null) {
            line = place[0];
            column = place[1];
        }
        return new TemplateException(templateName, line, column, "syntax error: " + clean(first) + hint(first), e);
    }

    static TemplateException renderError(String templateName, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TemplateException already) {
                return new TemplateException(templateName, already.line(), already.column(), already.problem(),
                        already.getCause());
            }
            if (t instanceof SandboxViolationException sandbox) {
                return new TemplateException(templateName, sandbox.line(), sandbox.column(),
                        "sandbox: " + sandbox.getMessage(), error);
            }
        }
        if (error instanceof MethodInvocationException call) {
            Throwable cause = call.getCause();
            String reason = cause == null ? clean(firstLine(call.getMessage())) : describe(cause);
            String ref = call.getReferenceName();
            String what = ref == null || ref.isEmpty() ? "" : "$" + ref + "." + call.getMethodName() + "(...) failed: ";
            return new TemplateException(templateName, call.getLineNumber(), call.getColumnNumber(), what + reason,
                    error);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ExtendedParseException located && located.getLineNumber() > 0) {
                return new TemplateException(templateName, located.getLineNumber(), located.getColumnNumber(),
                        clean(firstLine(t.getMessage())), error);
            }
        }
        int[] place = place(error.getMessage());
        return new TemplateException(templateName, place == null ? 0 : place[0], place == null ? 0 : place[1],
                describe(error), error);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return clean(firstLine(message));
    }

    private static String hint(String message) {
        if (message == null) {
            return "";
        }
        if (message.contains("<EOF>") || message.contains(END_OF_INPUT)) {
            return " (a #if, #foreach, #macro or #define may be missing its #end, or a parenthesis or quote "
                    + "is not closed)";
        }
        if (message.contains("\"#end\"") || message.contains("\"#else\"")) {
            return " (there is no open #if, #foreach, #macro or #define for it)";
        }
        return "";
    }

    private static int[] place(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = PLACE.matcher(message);
        if (m.find()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        m = LEXICAL_PLACE.matcher(message);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }

    private static String clean(String message) {
        String text = PLACE.matcher(message).replaceAll("").replace(END_OF_INPUT, "end of template");
        // The lexer's message repeats its own class name and parser state; keep what a person can act on.
        text = text.replace("Lexical error: org.apache.velocity.runtime.parser.TokenMgrError: ", "")
                .replaceAll("\\s*\\(in lexical state \\d+\\)", "");
        return LEXICAL_PLACE.matcher(text).replaceAll("").replaceAll("\\s+\\.", ".").trim();
    }
}
