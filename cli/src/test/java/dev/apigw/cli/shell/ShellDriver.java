package dev.apigw.cli.shell;

import dev.apigw.cli.ConsoleStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Drives {@link ApigwShell} the way a person at a terminal would: keystrokes (TAB, Enter, Ctrl-D) go in through a
 * JLine {@link ExternalTerminal} of type xterm over pipes, so line editing, completion and redisplay run for real,
 * and the screen output is read back with the escape sequences removed. Every wait is bounded.
 */
final class ShellDriver implements AutoCloseable {
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-9;?<=>]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|\u001B[()][A-Za-z0-9]|\u001B[=>78]");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final PipedOutputStream keys = new PipedOutputStream();
    private final Screen screen = new Screen();
    private final Terminal terminal;
    private final ShellSession session;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile int exitCode = -1;

    ShellDriver(Path project, ConsoleStyle style) throws IOException {
        PipedInputStream input = new PipedInputStream(keys, 64 * 1024);
        terminal = new ExternalTerminal("test", "xterm", input, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(200, 50));
        session = ShellSession.open(project, Map.of());
        ApigwShell shell = new ApigwShell(terminal, session, style);
        thread = new Thread(() -> {
            try {
                exitCode = shell.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "apigw-shell-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    ShellSession session() {
        return session;
    }

    /** Sends keystrokes as typed: "\t" is TAB, "\r" is Enter, "\u0004" is Ctrl-D. */
    ShellDriver type(String keystrokes) throws IOException {
        keys.write(keystrokes.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Everything shown so far, without escape sequences and carriage returns. */
    String text() {
        return ESCAPES.matcher(screen.asString()).replaceAll("").replace("\r", "");
    }

    /** Everything shown so far, escape sequences included. */
    String rawText() {
        return screen.asString();
    }

    /** The screen output after {@code mark} (a {@link #text()} length taken earlier). */
    String textSince(int mark) {
        String text = text();
        return text.substring(Math.min(mark, text.length()));
    }

    /** Waits until the output after {@code mark} matches {@code regex}; returns the match. */
    Matcher await(int mark, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(textSince(mark));
            if (matcher.find()) {
                return matcher;
            }
            if (!thread.isAlive()) {
                break;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no /" + regex + "/ on the screen within " + WAIT.toSeconds() + " s"
                + (failure == null ? "" : " (shell failed: " + failure + ")") + "; screen:\n" + textSince(mark));
    }

    /** Waits for the shell to end (exit, quit, Ctrl-D); its exit code. */
    int awaitExit() throws InterruptedException {
        thread.join(WAIT.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the shell did not exit; screen:\n" + text());
        }
        if (failure != null) {
            throw new AssertionError("the shell failed", failure);
        }
        return exitCode;
    }

    boolean running() {
        return thread.isAlive();
    }

    @Override
    public void close() throws Exception {
        keys.close(); // end of input: the shell ends as on Ctrl-D
        thread.join(WAIT.toMillis());
        session.close();
        terminal.close();
    }

    /** A thread-safe growing buffer of what the terminal printed. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String asString() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
