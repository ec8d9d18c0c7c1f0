package dev.apigw.cli.commands;

import dev.apigw.model.api.ApiType;
import dev.apigw.openapi.project.ProjectImporter;
import dev.apigw.openapi.read.ImportOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What every importer shares: where to write, in which form, and AWS's import options. */
public final class ImportOptionsMixin {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Project directory to write (apigw.yaml and the model file).")
    Path out;

    @Option(names = "--force", description = "Replace an existing model file in DIR (apigw.yaml is never replaced).")
    boolean force;

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml",
            description = "Model file format: yaml or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--basepath", paramLabel = "MODE", defaultValue = "ignore",
            description = "Base path handling as AWS's import: ignore, prepend or split (default: ${DEFAULT-VALUE}).")
    ImportOptions.BasePathMode basePath;

    @Option(names = "--fail-on-warnings", description = "Fail the import (exit 3) when there are warnings.")
    boolean failOnWarnings;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "overwrite",
            description = "overwrite (replace the definition) or merge (into the project in DIR).")
    ProjectImporter.Mode mode;

    @Option(names = "--type", paramLabel = "rest|http", description = "API type when the document does not say.")
    ApiType type;

    ImportOptions options(Map<String, String> parameters) {
        return new ImportOptions(basePath, failOnWarnings, Optional.ofNullable(type), parameters);
    }

    boolean yaml() {
        return !format.toLowerCase(Locale.ROOT).equals("json");
    }
}
