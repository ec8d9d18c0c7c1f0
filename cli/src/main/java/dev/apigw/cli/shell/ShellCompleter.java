package dev.apigw.cli.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion from the picocli model of the shell's commands (so a new command or option completes without
 * touching this class) plus the loaded API: command and subcommand names, option names, option values (stage names
 * for {@code --stage}, enum values such as {@code --output text|json}, file paths for path-typed options), and for
 * {@code invoke}/{@code describe} the HTTP methods and route paths of the API. Other positionals complete file paths.
 */
public final class ShellCompleter implements Completer {

    /** Commands whose positionals are METHOD then PATH. */
    private static final List<String> ROUTE_COMMANDS = List.of("invoke", "describe");

    private final CommandSpec root;
    private final CompletionData data;
    private final Path workingDirectory;

    public ShellCompleter(CommandSpec root, CompletionData data, Path workingDirectory) {
        this.root = root;
        this.data = data;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates.addAll(candidates(line.words().subList(0, line.wordIndex()), line.word()
                .substring(0, Math.min(line.wordCursor(), line.word().length()))));
    }

    /** The candidates for the word being typed ({@code current}, up to the cursor) after the words {@code before}. */
    public List<Candidate> candidates(List<String> before, String current) {
        CommandSpec spec = root;
        int index = 0;
        while (index < before.size() && spec.subcommands().containsKey(before.get(index))) {
            spec = spec.subcommands().get(before.get(index)).getCommandSpec();
            index++;
        }
        List<String> rest = before.subList(index, before.size());
        if (spec == root || (!spec.subcommands().isEmpty() && rest.isEmpty() && !current.startsWith("-"))) {
            if (current.startsWith("-")) {
                return options(spec);
            }
            return rest.isEmpty() ? commands(spec) : List.of();
        }
        if (spec.name().equals("help")) {
            return helpTargets(rest);
        }
        if (!rest.isEmpty()) {
            OptionSpec previous = spec.findOption(rest.get(rest.size() - 1));
            if (previous != null && previous.arity().max() > 0 && !isBoolean(previous)) {
                return optionValues(previous, current);
            }
        }
        if (current.startsWith("-")) {
            return options(spec);
        }
        List<String> positionals = positionalsBefore(spec, rest);
        if (ROUTE_COMMANDS.contains(spec.name())) {
            return switch (positionals.size()) {
                case 0 -> plain(data.httpMethods(), "HTTP method");
                case 1 -> plain(data.routePaths(positionals.get(0)), "route");
                default -> List.of();
            };
        }
        return spec.positionalParameters().isEmpty() ? List.of() : files(current);
    }

    private List<Candidate> commands(CommandSpec spec) {
        List<Candidate> result = new ArrayList<>();
        for (Map.Entry<String, picocli.CommandLine> entry : spec.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            if (sub.usageMessage().hidden()) {
                continue;
            }
            String[] description = sub.usageMessage().description();
            String help = description.length == 0 ? null : firstSentence(description[0]);
            result.add(new Candidate(entry.getKey(), entry.getKey(), "commands", help, null, null, true));
        }
        return result;
    }

    private List<Candidate> helpTargets(List<String> rest) {
        CommandSpec spec = root;
        for (String word : rest) {
            picocli.CommandLine sub = spec.subcommands().get(word);
            if (sub == null) {
                return List.of();
            }
            spec = sub.getCommandSpec();
        }
        return commands(spec);
    }

    private static List<Candidate> options(CommandSpec spec) {
        List<Candidate> result = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            String help = option.description().length == 0 ? null : firstSentence(option.description()[0]);
            for (String name : option.names()) {
                result.add(new Candidate(name, name, "options", help, null, null, true));
            }
        }
        return result;
    }

    private List<Candidate> optionValues(OptionSpec option, String current) {
        if (option.longestName().equals("--stage")) {
            return plain(data.stageNames(), "stage");
        }
        if (option.completionCandidates() != null) {
            List<String> values = new ArrayList<>();
            option.completionCandidates().forEach(values::add);
            return plain(values, null);
        }
        Class<?> type = option.type();
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(constant.toString().toLowerCase(Locale.ROOT));
            }
            return plain(values, null);
        }
        if (Path.class.isAssignableFrom(type) || java.io.File.class.isAssignableFrom(type)) {
            return files(current);
        }
        return List.of();
    }

    /** The positional words already typed: words that are neither options nor an option's value. */
    private static List<String> positionalsBefore(CommandSpec spec, List<String> rest) {
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            OptionSpec option = spec.findOption(word);
            if (option != null) {
                if (option.arity().max() > 0 && !isBoolean(option)) {
                    i++;
                }
            } else if (!word.startsWith("-")) {
                positionals.add(word);
            }
        }
        return positionals;
    }

    /** Entries of the directory the word points into; directories end in '/' and leave the word open. */
    List<Candidate> files(String current) {
        int slash = current.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : current.substring(0, slash + 1);
        Path dir = dirPart.isEmpty() ? workingDirectory : workingDirectory.resolve(dirPart);
        List<Candidate> result = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean directory = Files.isDirectory(entry);
                String value = dirPart + name + (directory ? "/" : "");
                result.add(new Candidate(value, name + (directory ? "/" : ""), null, null, null, null, !directory));
            }
        } catch (IOException e) {
            return List.of();
        }
        result.sort(java.util.Comparator.comparing(Candidate::value));
        return result;
    }

    private static List<Candidate> plain(Collection<String> values, String group) {
        return values.stream().map(v -> new Candidate(v, v, group, null, null, null, true)).toList();
    }

    private static boolean isBoolean(OptionSpec option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        String sentence = dot < 0 ? text : text.substring(0, dot + 1);
        return sentence.replaceAll("\\$\\{[^}]+}", "").strip();
    }
}
