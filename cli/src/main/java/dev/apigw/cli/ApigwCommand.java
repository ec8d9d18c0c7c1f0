package dev.apigw.cli;

import dev.apigw.cli.commands.DescribeCommand;
import dev.apigw.cli.commands.ExportGroup;
import dev.apigw.cli.commands.ImportGroup;
import dev.apigw.cli.commands.InvokeCommand;
import dev.apigw.cli.commands.InvokeFunctionCommand;
import dev.apigw.cli.commands.RoutesCommand;
import dev.apigw.cli.commands.ServeCommand;
import dev.apigw.cli.commands.TestTemplateCommand;
import dev.apigw.cli.commands.TokenCommand;
import dev.apigw.cli.commands.ValidateCommand;
import dev.apigw.cli.shell.ShellCommand;
import picocli.CommandLine.Command;

/** The top-level {@code apigw} command: only lists the subcommands and documents the exit codes. */
@Command(
        name = "apigw",
        description = "Import, export, validate and simulate Amazon API Gateway APIs defined in OpenAPI.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {HelpCommand.class, ImportGroup.class, ExportGroup.class, TestTemplateCommand.class,
            ServeCommand.class, InvokeCommand.class, InvokeFunctionCommand.class, ValidateCommand.class,
            TokenCommand.class,
            RoutesCommand.class, DescribeCommand.class, ShellCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Findings: the input was read but checks failed.",
            "2:Usage error: unknown option or command, bad or missing value.",
            "3:Input error: a file is missing, unreadable or invalid; other I/O failures."
        },
        footerHeading = "%n",
        footer = {
            "Run 'apigw help COMMAND' for the options of a command.",
            "Colour is used on terminals unless NO_COLOR is set."
        })
public final class ApigwCommand extends CommandGroup {

    private final ConsoleStyle style;

    public ApigwCommand(ConsoleStyle style) {
        this.style = style;
    }

    public ConsoleStyle style() {
        return style;
    }
}
