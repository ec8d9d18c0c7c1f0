package dev.apigw.cli.shell;

import dev.apigw.cli.ConsoleStyle;
import dev.apigw.cli.output.TextStyle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The read-eval-print loop of {@code apigw shell} over any JLine {@link Terminal} (the real one, or a test's over
 * pipes). Each line is split like a shell would (quotes, backslashes) and run by a fresh {@link ShellCommandLine},
 * so a command behaves exactly as on the command line; its exit code shows in the next prompt when not 0. History
 * is appended to {@code .apigw/history} in the project directory after every line.
 */
public final class ApigwShell {

    private final Terminal terminal;
    private final ShellSession session;
    private final ConsoleStyle style;

    public ApigwShell(Terminal terminal, ShellSession session, ConsoleStyle style) {
        this.terminal = terminal;
        this.session = session;
        this.style = style;
    }

    /** Runs until exit, quit, Ctrl-D or the end of the input; always 0 (commands report their own failures). */
    public int run() {
        PrintWriter out = new PrintWriter(terminal.writer(), true);
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[] {'\\'});
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("apigw")
                .parser(parser)
                .completer(new ShellCompleter(ShellCommandLine.create(session, out, out, style).getCommandSpec(),
                        session, Path.of("").toAbsolutePath()))
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_FILE_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true); // '!' is literal, e.g. in JSON bodies
        Optional<Path> historyFile = session.historyFile();
        historyFile.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        LineReader reader = builder.build();
        TextStyle text = new TextStyle(style.outAnsi());
        long methods = session.api().resources().stream().mapToLong(r -> r.methods().size()).sum();
        out.println("apigw shell: " + text.bold(session.api().title()) + " (" + session.api().type() + " API, "
                + methods + " method(s)) from " + shown(session.target()));
        if (historyFile.isEmpty()) {
            out.println("apigw: cannot create " + session.projectDirectory().resolve(".apigw")
                    + "; history is not saved");
        }
        out.println("Type 'help' for the commands, 'help COMMAND' for one, TAB to complete, 'exit' or Ctrl-D to "
                + "leave.");
        int last = 0;
        try {
            while (!session.exitRequested()) {
                String line;
                try {
                    line = reader.readLine(prompt(text, last));
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the line being typed, as in bash
                } catch (EndOfFileException e) {
                    break;
                }
                List<String> words = words(parser, line);
                if (words.isEmpty()) {
                    continue;
                }
                CommandLine commandLine = ShellCommandLine.create(session, out, out, style);
                last = commandLine.execute(words.toArray(String[]::new));
                out.flush();
            }
        } finally {
            session.close();
            try {
                reader.getHistory().save();
            } catch (java.io.IOException e) {
                out.println("apigw: cannot save the history: " + e.getMessage());
            }
            out.flush();
        }
        return 0;
    }

    /** The project path relative to the working directory when it lies below it, as the user most likely typed it. */
    private static String shown(Path target) {
        Path cwd = Path.of("").toAbsolutePath();
        if (!target.startsWith(cwd)) {
            return target.toString();
        }
        String relative = cwd.relativize(target).toString();
        return relative.isEmpty() ? "." : relative;
    }

    private String prompt(TextStyle text, int lastExitCode) {
        String name = session.projectDirectory().getFileName() == null ? "apigw"
                : session.projectDirectory().getFileName().toString();
        String status = lastExitCode == 0 ? "" : text.boldRed("[" + lastExitCode + "]") + " ";
        return status + text.cyan("apigw:" + name) + "> ";
    }

    private static List<String> words(Parser parser, String line) {
        try {
            return parser.parse(line, line.length(), Parser.ParseContext.SPLIT_LINE).words().stream()
                    .filter(w -> !w.isEmpty()).toList();
        } catch (org.jline.reader.SyntaxError e) {
            return List.of(line.strip().split("\\s+"));
        }
    }
}
