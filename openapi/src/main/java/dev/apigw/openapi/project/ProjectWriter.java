package dev.apigw.openapi.project;

import dev.apigw.model.api.ApiDefinition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ProjectConfig;
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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private final ModelCodec codec = new ModelCodec();

    /** Returns the files written. */
    public List<Path> write(Path dir, ApiDefinition api, boolean yaml, boolean force, Map<String, String> parameters) {
        return write(dir, api, yaml, force, parameters, ProjectConfig.empty(), dir);
    }

    /**
     * As above, with what a template said around the API: its stages (with their variables and throttling) and its
     * functions, whose code paths are written relative to {@code dir} (they were relative to {@code base}).
     */
    public List<Path> write(Path dir, ApiDefinition api, boolean yaml, boolean force, Map<String, String> parameters,
            ProjectConfig config, Path base) {
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
                Files.writeString(project, projectFile(model.getFileName().toString(), api, parameters, config,
                        base.toAbsolutePath().normalize(), dir.toAbsolutePath().normalize()), StandardCharsets.UTF_8);
                written.add(project);
            }
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot write " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static String projectFile(String modelFile, ApiDefinition api, Map<String, String> parameters,
            ProjectConfig config, Path base, Path dir) {
        ObjectNode root = YAML.createObjectNode();
        root.put("definition", modelFile);
        root.put("type", api.type().name().toLowerCase(Locale.ROOT));
        if (!parameters.isEmpty()) {
            ObjectNode params = root.putObject("parameters");
            parameters.forEach(params::put);
        }
        ObjectNode stages = root.putObject("stages");
        if (config.stages().isEmpty()) {
            stages.putObject("dev").putObject("variables");
        }
        config.stages().forEach((name, stage) -> {
            ObjectNode node = stages.putObject(name);
            ObjectNode variables = node.putObject("variables");
            stage.variables().forEach(variables::put);
            stage.throttling().ifPresent(t -> node.putObject("throttling").put("rateLimit", t.rateLimit())
                    .put("burstLimit", t.burstLimit()));
        });
        config.apiKeys().forEach(k -> root.withArray("apiKeys").addObject().put("name", k.name())
                .put("value", k.value()).put("enabled", k.enabled()));
        config.usagePlans().forEach(plan -> {
            ObjectNode node = root.withArray("usagePlans").addObject().put("name", plan.name());
            plan.stages().forEach(st -> node.withArray("stages").add(st));
            plan.apiKeys().forEach(k -> node.withArray("apiKeys").add(k));
            plan.throttling().ifPresent(t -> node.putObject("throttling").put("rateLimit", t.rateLimit())
                    .put("burstLimit", t.burstLimit()));
            plan.quota().ifPresent(q -> node.putObject("quota").put("limit", q.limit()).put("period", q.period())
                    .put("offset", q.offset()));
            plan.methodThrottling().forEach((method, t) -> node.with("methodThrottling").putObject(method)
                    .put("rateLimit", t.rateLimit()).put("burstLimit", t.burstLimit()));
        });
        config.functions().forEach((name, f) -> f.runtime().ifPresent(r -> {
            ObjectNode node = root.with("functions").putObject(name);
            node.put("runtime", r.runtime());
            f.handler().ifPresent(h -> node.put("handler", h));
            node.put("codeUri", relative(base, dir, InlineCode.keep(name, base.resolve(r.codeUri()), dir)));
            f.timeoutSeconds().ifPresent(t -> node.put("timeout", t));
            node.put("memorySize", r.memorySize());
            r.reservedConcurrency().ifPresent(c -> node.put("reservedConcurrency", c));
            if (!f.environment().isEmpty()) {
                ObjectNode env = node.putObject("environment");
                f.environment().forEach(env::put);
            }
            r.layers().forEach(l -> node.withArray("layers").add(relative(base, dir, l)));
        }));
        try {
            return "# apigw project: what OpenAPI does not hold (see docs/project-file.md)\n"
                    + YAML.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path written relative to {@code base}: relative to {@code dir} when inside it, else absolute. */
    private static String relative(Path base, Path dir, String path) {
        Path target = base.resolve(path).toAbsolutePath().normalize();
        if (!target.startsWith(dir)) {
            return target.toString();
        }
        String rel = dir.relativize(target).toString();
        return rel.isEmpty() ? "." : rel;
    }
}
