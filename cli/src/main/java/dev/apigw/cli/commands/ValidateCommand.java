package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.VersionProvider;
import dev.apigw.cli.mixin.ParamMixin;
import dev.apigw.cli.output.DiagnosticPrinter;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.cli.validate.JsonFinding;
import dev.apigw.cli.validate.FailOn;
import dev.apigw.cli.validate.InputLoader;
import dev.apigw.cli.validate.JunitReport;
import dev.apigw.cli.validate.ReportFormat;
import dev.apigw.cli.validate.RuleList;
import dev.apigw.cli.validate.SarifReport;
import dev.apigw.cli.validate.ValidationResult;
import dev.apigw.cli.validate.ValidationRun;
import dev.apigw.cli.validate.VtlTemplateSyntax;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleCatalogue;
import dev.apigw.model.validation.Rules;
import dev.apigw.openapi.read.ImportOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw validate}: what AWS would reject or what would break at run time, before deploying. Findings go to
 * standard error as compiler-style lines, or to standard output as JSON, SARIF or JUnit XML for CI.
 */
@Command(name = "validate",
        description = {"Check API definitions and project files for what AWS would reject or what would break at "
                + "run time.",
            "PATH is a project directory, its apigw.yaml, an OpenAPI/Swagger file or a CloudFormation/SAM template "
                    + "(every API in it)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:No findings at or above the --fail-on level.",
            "1:Findings at or above the --fail-on level.",
            "2:Usage error.",
            "3:A file is missing, unreadable or not an API definition."
        })
public final class ValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "What to validate (default: the current "
            + "directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
            description = "text (default), json, sarif (SARIF 2.1.0) or junit (JUnit XML).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 on findings of this level or worse: error (default) or warning.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--rule-disable", paramLabel = "ID", split = ",",
            description = "Skip a rule, e.g. APIGW601 (repeatable, or comma-separated).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--list-rules", description = "Print the rule catalogue (Markdown; JSON with --output json).")
    boolean listRules;

    @Option(names = {"-q", "--quiet"}, description = "Text output: print errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Text output: informational findings too, and what was "
            + "checked even when there are findings.")
    boolean verbose;

    @Mixin
    ParamMixin params;

    @Override
    public Integer call() {
        if (quiet && verbose) {
            throw usageError("--quiet and --verbose cannot be used together");
        }
        List<Rule> rules = Rules.all();
        if (listRules) {
            return printRules(rules);
        }
        Set<String> unknown = new LinkedHashSet<>(disabled);
        rules.forEach(r -> unknown.remove(r.info().id()));
        unknown.removeIf(id -> id.startsWith("APIGW-"));
        if (!unknown.isEmpty()) {
            throw usageError("--rule-disable: unknown rule " + String.join(", ", unknown)
                    + " (see apigw validate --list-rules)");
        }
        ImportOptions options = ImportOptions.defaults().withParameters(params.parameters());
        ValidationRun run = new ValidationRun(new InputLoader(options), rules, Set.copyOf(disabled),
                new VtlTemplateSyntax());
        ValidationResult result = run.run(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        print(result);
        return result.failsAt(failOn.threshold()) ? EXIT_FINDINGS : EXIT_OK;
    }

    private void print(ValidationResult result) {
        switch (format) {
            case JSON -> JsonOutput.write(out(), JsonFinding.of(result.diagnostics()));
            case SARIF -> JsonOutput.write(out(), SarifReport.of(result, VersionProvider.version()));
            case JUNIT -> {
                out().print(JunitReport.of(result));
                out().flush();
            }
            case TEXT -> printText(result);
        }
    }

    private void printText(ValidationResult result) {
        List<Diagnostic> shown = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR || (!quiet && d.severity() == Severity.WARNING)
                        || (verbose && d.severity() == Severity.INFO))
                .toList();
        if (!shown.isEmpty()) {
            new DiagnosticPrinter(err(), style().errAnsi()).print(shown);
            if (verbose) {
                err().println("checked " + String.join(", ", result.files()) + " (" + result.rules().size()
                        + " rules)");
                err().flush();
            }
        } else if (!quiet) {
            err().println("no findings in " + String.join(", ", result.files()) + " (" + result.rules().size()
                    + " rules)");
            err().flush();
        }
    }

    private int printRules(List<Rule> rules) {
        if (format == ReportFormat.JSON) {
            JsonOutput.write(out(), RuleList.of(rules));
        } else {
            out().print(RuleCatalogue.markdown(rules));
            out().flush();
        }
        return EXIT_OK;
    }
}
