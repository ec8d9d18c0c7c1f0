package dev.apigw.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What every command's {@code --help} ends with: the exit codes (a command's own list when it declares a more
 * specific one) and how colour is decided. Applied once to the whole tree by {@link ApigwCli}, so a new command
 * gets it without repeating the text.
 */
final class UsageConventions {

    static final Map<String, String> EXIT_CODES = exitCodes();
    static final String COLOUR_NOTE = "Colour is used on terminals unless NO_COLOR is set or output is redirected.";

    private UsageConventions() {}

    static void apply(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty() && !command.getCommandSpec().helpCommand()) {
            usage.exitCodeListHeading("%nExit codes:%n");
            usage.exitCodeList(EXIT_CODES);
        }
        if (usage.footer().length == 0 && !command.getCommandSpec().helpCommand()) {
            usage.footerHeading("%n");
            usage.footer(COLOUR_NOTE);
        }
        command.getSubcommands().values().stream().distinct().forEach(UsageConventions::apply);
    }

    private static Map<String, String> exitCodes() {
        // picocli aligns the keys itself; the values are the same words as ApigwCommand's list.
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "Success.");
        codes.put("1", "Findings: the input was read but checks failed.");
        codes.put("2", "Usage error: unknown option or command, bad or missing value.");
        codes.put("3", "Input error: a file is missing, unreadable or invalid; other I/O failures.");
        return codes;
    }
}
