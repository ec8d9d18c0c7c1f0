package dev.apigw.cli.docs;

import dev.apigw.cli.ApigwCli;
import dev.apigw.cli.ConsoleStyle;
import dev.apigw.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes one roff man page (section 1) per command, from the same picocli model that prints {@code --help}, so
 * the pages cannot drift from the commands. Run at build time into {@code cli/target/man/}:
 * {@code man -l cli/target/man/apigw-diff.1}.
 */
public final class ManPages {

    private ManPages() {}

    /** {@code ManPages DIR}: writes {@code apigw.1}, {@code apigw-validate.1}, {@code apigw-import-openapi.1}... */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_DIRECTORY");
        }
        write(Path.of(args[0]));
    }

    /** The files written, in command-tree order. */
    public static List<Path> write(Path directory) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine root = ApigwCli.create(sink, sink, ConsoleStyle.plain());
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            writeTree(root, directory, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static void writeTree(CommandLine command, Path directory, List<Path> written) throws IOException {
        CommandSpec spec = command.getCommandSpec();
        if (spec.helpCommand()) {
            return;
        }
        Path file = directory.resolve(fileName(spec) + ".1");
        Files.writeString(file, page(command));
        written.add(file);
        for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
            writeTree(sub, directory, written);
        }
    }

    static String fileName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    /** The roff source of one command's page. */
    static String page(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        String name = fileName(spec);
        StringBuilder roff = new StringBuilder();
        roff.append(".TH \"").append(name.toUpperCase(Locale.ROOT)).append("\" \"1\" \"\" \"apigw ")
                .append(VersionProvider.version()).append("\" \"apigw Manual\"\n");
        roff.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(summary(first(spec.usageMessage().description())))).append('\n');
        roff.append(".SH SYNOPSIS\n.nf\n").append(escape(help.synopsis(0).stripTrailing())).append("\n.fi\n");
        String[] description = spec.usageMessage().description();
        if (description.length > 0) {
            roff.append(".SH DESCRIPTION\n");
            for (String paragraph : description) {
                roff.append(".PP\n").append(escape(format(paragraph))).append('\n');
            }
        }
        if (!spec.positionalParameters().isEmpty()) {
            roff.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                roff.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
                        .append(escape(String.join(" ", p.description()))).append('\n');
            }
        }
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!options.isEmpty()) {
            roff.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                roff.append(".TP\n\\fB").append(escape(String.join(", ", o.names()))).append("\\fR");
                if (o.arity().max() > 0) {
                    roff.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                }
                roff.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
            }
        }
        if (!command.getSubcommands().isEmpty()) {
            roff.append(".SH COMMANDS\n");
            command.getSubcommands().values().stream().distinct().forEach(sub -> roff.append(".TP\n\\fB")
                    .append(escape(sub.getCommandName())).append("\\fR\n")
                    .append(escape(first(sub.getCommandSpec().usageMessage().description()))).append('\n'));
        }
        Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
        if (!exitCodes.isEmpty()) {
            roff.append(".SH EXIT STATUS\n");
            exitCodes.forEach((code, meaning) -> roff.append(".TP\n\\fB").append(escape(code.strip()))
                    .append("\\fR\n").append(escape(meaning)).append('\n'));
        }
        roff.append(".SH ENVIRONMENT\n.TP\n\\fBNO_COLOR\\fR\nAny non-empty value disables colour; so does output "
                + "that is not a terminal.\n");
        if (spec.parent() != null) {
            roff.append(".SH SEE ALSO\n\\fB").append(escape(fileName(spec.parent()))).append("\\fR(1)\n");
        }
        return roff.toString();
    }

    // NAME holds a short line: the description up to its first parenthesis or full stop.
    private static String summary(String text) {
        int end = text.length();
        for (String stop : new String[] {" (", ". ", ": "}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).replaceAll("\\.$", "");
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : format(lines[0]);
    }

    private static String format(String text) {
        return text.replace("%n", "\n");
    }

    /** Backslashes, hyphens and lines starting with roff's control characters, made literal. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (String line : text.replace("\\", "\\e").replace("-", "\\-").split("\n", -1)) {
            if (!escaped.isEmpty()) {
                escaped.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                escaped.append("\\&");
            }
            escaped.append(line);
        }
        return escaped.toString();
    }
}
