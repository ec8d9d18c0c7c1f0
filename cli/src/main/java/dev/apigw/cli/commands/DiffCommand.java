package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.diff.DiffFailOn;
import dev.apigw.cli.diff.DiffReport;
import dev.apigw.cli.diff.DiffTextPrinter;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diff.ApiDiff;
import dev.apigw.model.diff.Change;
import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw diff OLD NEW}: what changed between two versions of an API, breaking changes (what an existing
 * client may now see fail) apart from the rest, so that CI can stop a release that breaks callers.
 */
@Command(name = "diff",
        description = {"Compare two versions of an API and report breaking changes (removed routes or methods, new "
                + "required parameters, narrowed request schemas, changed auth, removed response statuses, changed "
                + "integration types) apart from non-breaking ones.",
            "OLD and NEW are project directories, apigw.yaml files or OpenAPI/Swagger files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Compared; nothing matched --fail-on.",
            "1:Changes matching --fail-on (e.g. a breaking change with --fail-on breaking).",
            "2:Usage error.",
            "3:OLD or NEW is missing, unreadable or not an API definition."
        })
public final class DiffCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    Path newPath;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "none",
            converter = DiffFailOn.Converter.class,
            description = "Exit 1 when there are changes of this kind: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    DiffFailOn failOn = DiffFailOn.NONE;

    @Mixin
    OutputMixin output;

    @Mixin
    ParamMixin params;

    @Override
    public Integer call() {
        ImportOptions options = ImportOptions.defaults().withParameters(params.parameters());
        ProjectLoader loader = new ProjectLoader();
        LoadedProject oldProject = loader.load(oldPath, options);
        LoadedProject newProject = loader.load(newPath, options);
        if (output.verbosity() == dev.apigw.cli.mixin.Verbosity.VERBOSE) {
            err().println("comparing " + oldProject.definitionFile() + " with " + newProject.definitionFile());
            err().flush();
        }
        List<Change> changes = ApiDiff.compare(oldProject.project().api(), newProject.project().api());
        if (output.json()) {
            JsonOutput.write(out(), DiffReport.of(oldProject.definitionFile().toString(),
                    newProject.definitionFile().toString(), changes));
        } else {
            new DiffTextPrinter(out(), style().outAnsi(), output.verbosity()).print(changes);
        }
        return failOn.fails(changes) ? EXIT_FINDINGS : EXIT_OK;
    }
}
