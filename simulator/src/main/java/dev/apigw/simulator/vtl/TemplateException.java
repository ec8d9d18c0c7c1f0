package dev.apigw.simulator.vtl;

/**
 * A mapping template that does not parse, or fails while rendering, or tries to leave the sandbox.
 * The message always starts with {@code templateName:line:column:} so editors and people can jump to the spot.
 */
public class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;
    private final String problem;

    public TemplateException(String templateName, int line, int column, String problem) {
        this(templateName, line, column, problem, null);
    }

    public TemplateException(String templateName, int line, int column, String problem, Throwable cause) {
        super(format(templateName, line, column, problem), cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The name given to {@link VtlEngine#render} or {@link VtlEngine#parse}. */
    public String templateName() {
        return templateName;
    }

    /** 1-based line in the template, or 0 when the problem is not tied to a place (e.g. the size limit). */
    public int line() {
        return line;
    }

    /** 1-based column in the template, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }

    private static String format(String name, int line, int column, String problem) {
        return (name == null ? "template" : name) + ":" + line + ":" + column + ": " + problem;
    }
}
