package dev.apigw.openapi.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.diag.ApigwException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code cdk synth} output directory: {@code manifest.json} lists the artifacts; each of type
 * {@code aws:cloudformation:stack} has a {@code templateFile} in the directory. Nested stacks are found by the
 * template loader through their {@code aws:asset:path}.
 */
public final class CdkApp {
    public static final String MANIFEST = "manifest.json";

    private CdkApp() {
    }

    public static boolean isCdkOut(Path directory) {
        return Files.isRegularFile(directory.resolve(MANIFEST)) && Files.isDirectory(directory);
    }

    /** The stack templates of the app, in manifest order. */
    public static List<Path> stackTemplates(Path directory) {
        Path manifest = directory.resolve(MANIFEST);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw ApigwException.input(manifest + ": not a cdk.out manifest (" + e.getMessage() + "); run cdk synth "
                    + "again");
        }
        List<Path> templates = new ArrayList<>();
        root.path("artifacts").fields().forEachRemaining(e -> {
            JsonNode artifact = e.getValue();
            if (artifact.path("type").asText().equals("aws:cloudformation:stack")) {
                String file = artifact.path("properties").path("templateFile").asText(e.getKey() + ".template.json");
                Path template = directory.resolve(file);
                if (Files.isRegularFile(template)) {
                    templates.add(template);
                }
            }
        });
        if (templates.isEmpty()) {
            throw ApigwException.input(manifest + " lists no CloudFormation stack whose template is in " + directory
                    + "; run cdk synth again");
        }
        return templates;
    }
}
