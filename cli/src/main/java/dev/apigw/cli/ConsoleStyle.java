package dev.apigw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether each output stream may carry ANSI colour. Decided once at start-up from the environment, so that
 * commands and tests never probe the terminal themselves.
 *
 * @param outAnsi colour on standard output (usage help)
 * @param errAnsi colour on standard error (diagnostics, messages)
 */
public record ConsoleStyle(boolean outAnsi, boolean errAnsi) {

    /** No colour anywhere: for tests, pipes and the JLine shell's captured output. */
    public static ConsoleStyle plain() {
        return new ConsoleStyle(false, false);
    }

    /** Colour on a stream only if it is a terminal, {@code NO_COLOR} is unset or empty and TERM is not dumb. */
    public static ConsoleStyle detect(Map<String, String> env) {
        if (!colourAllowed(env)) {
            return plain();
        }
        return new ConsoleStyle(isTerminal(1), isTerminal(2));
    }

    static boolean colourAllowed(Map<String, String> env) {
        String noColor = env.get("NO_COLOR"); // https://no-color.org: any non-empty value disables colour
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    // Java has no isatty(fd). On Linux /proc tells where each descriptor points, so stdout and stderr are judged
    // separately (`apigw ... 2>log` must not write escapes into the log). Elsewhere System.console() is the best
    // available answer: it is non-null only when stdin and stdout are both terminals.
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}
