package dev.apigw.cli.output;

/** ANSI styling that is a no-op when colour is off, so printers format once and never test the flag themselves. */
public final class TextStyle {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    public TextStyle(boolean enabled) {
        this.enabled = enabled;
    }

    public String bold(String text) {
        return apply("1", text);
    }

    public String boldRed(String text) {
        return apply("1;31", text);
    }

    public String yellow(String text) {
        return apply("33", text);
    }

    public String boldYellow(String text) {
        return apply("1;33", text);
    }

    public String cyan(String text) {
        return apply("36", text);
    }

    public String dim(String text) {
        return apply("2", text);
    }

    private String apply(String code, String text) {
        return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
