package dev.apigw.openapi.project;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.ApigwException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an imported project: the model file and, when there is none yet, an {@code apigw.yaml} pointing at it.
 * An existing project file is never replaced (it holds the user's stages and keys); an existing model file only
 * with {@code force}.
 */
public final class ProjectWriter {
    private final ModelCodec codec = new ModelCodec();

    /** Returns the files written. */
    public List<Path> write(Path dir, ApiDefinition api, boolean yaml, boolean force, Map<String, String> parameters) {
        Path model = dir.resolve(yaml ? "api.yaml" : "api.json");
        Path project = dir.resolve("apigw.yaml");
        if (Files.exists(model) && !force) {
            throw new ApigwException(ApigwException.Kind.INPUT, model + " already exists; pass --force to replace"
                    + " it, or --mode merge to merge the new definition into it");
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Files.writeString(model, codec.write(api, yaml), StandardCharsets.UTF_8);
            written.add(model);
            if (ProjectLoader.PROJECT_FILE_NAMES.stream().map(dir::resolve).noneMatch(Files::exists)) {
                Files.writeString(project, projectFile(model.getFileName().toString(), api, parameters),
                        StandardCharsets.UTF_8);
                written.add(project);
            }
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot write " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static String projectFile(String modelFile, ApiDefinition api, Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        out.append("# apigw project: what OpenAPI does not hold (see README, 'The project file')\n");
        out.append("definition: ").append(modelFile).append('\n');
        out.append("type: ").append(api.type().name().toLowerCase(Locale.ROOT)).append('\n');
        if (!parameters.isEmpty()) {
            out.append("parameters:\n");
            parameters.forEach((k, v) -> out.append("  ").append(k).append(": \"")
                    .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        }
        out.append("stages:\n  dev:\n    variables: {}\n");
        return out.toString();
    }
}
