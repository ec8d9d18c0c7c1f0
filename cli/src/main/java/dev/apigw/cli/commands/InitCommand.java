package dev.apigw.cli.commands;

import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.init.InitResult;
import dev.apigw.cli.init.ProjectTemplate;
import dev.apigw.cli.init.TemplateFiles;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.cli.output.TextStyle;
import dev.apigw.model.diag.ApigwException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw init}: a new project from one of the samples, ready for {@code apigw validate}, {@code invoke} and
 * {@code serve}. Existing files are never overwritten silently: the command lists them and stops.
 */
@Command(name = "init",
        description = {"Create a runnable project from a template: rest (MOCK/HTTP_PROXY petstore), http (HTTP API "
                + "with a local Lambda function), lambda (Lambda authorizer and proxy function) or websocket.",
            "Refuses to overwrite existing files unless --force is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Project created.",
            "2:Usage error, or DIR already holds files the template would overwrite (listed; use --force).",
            "3:The files could not be written, or this build lacks the template."
        })
public final class InitCommand extends BaseCommand {

    @Parameters(paramLabel = "DIR", description = "Where to create the project (created if missing).")
    Path directory;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME", defaultValue = "rest",
            converter = ProjectTemplate.Converter.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ProjectTemplate template = ProjectTemplate.REST;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        Map<String, byte[]> files = TemplateFiles.read(template.sample()).orElseThrow(() -> new ApigwException(
                ApigwException.Kind.INPUT, "template '" + template + "' is not available yet in this build"));
        List<String> existing = files.keySet().stream().filter(f -> Files.exists(directory.resolve(f))).toList();
        if (!existing.isEmpty() && !force) {
            err().println(new TextStyle(style().errAnsi()).boldRed("error:") + " " + directory + " already has "
                    + existing.size() + " file(s) the template would overwrite (use --force to replace them):");
            existing.forEach(f -> err().println("  " + directory.resolve(f)));
            err().flush();
            return EXIT_USAGE;
        }
        List<String> written = write(files);
        String next = template.tryIt(directory.toString());
        if (output.json()) {
            JsonOutput.write(out(), new InitResult(template.toString(), directory.toString(), written, next));
        } else if (output.verbosity() != Verbosity.QUIET) {
            if (output.verbosity() == Verbosity.VERBOSE) {
                written.forEach(f -> out().println("  created " + directory.resolve(f)));
            }
            out().println("Created " + template.description() + " in " + directory + " (" + written.size()
                    + " files).");
            out().println("Next:");
            out().println("  apigw validate " + directory);
            out().println("  " + next);
            out().flush();
        }
        return EXIT_OK;
    }

    private List<String> write(Map<String, byte[]> files) {
        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.write(target, file.getValue());
                written.add(file.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
