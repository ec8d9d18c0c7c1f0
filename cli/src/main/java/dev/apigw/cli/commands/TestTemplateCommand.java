package dev.apigw.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.StageMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.cli.template.TemplateChoice;
import dev.apigw.cli.template.TemplateOutput;
import dev.apigw.cli.template.TextDiff;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.json.Json;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.vtl.ContextBuilder;
import dev.apigw.simulator.vtl.RenderResult;
import dev.apigw.simulator.vtl.TemplateException;
import dev.apigw.simulator.vtl.TemplateInput;
import dev.apigw.simulator.vtl.VtlEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code apigw test-template}: renders one mapping template offline, exactly as API Gateway would, and prints the
 * output byte for byte (nothing else on stdout).
 */
@Command(name = "test-template",
        description = "Render a VTL mapping template offline as API Gateway does ($input, $util, $context, "
                + "$stageVariables).")
public final class TestTemplateCommand extends BaseCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** A template file, or one picked out of an API. */
    static final class Source {
        @Option(names = "--template", paramLabel = "FILE", description = "The template file ('-' for stdin).")
        String file;

        @Option(names = "--api", paramLabel = "PROJECT",
                description = "Pick the template from this project or OpenAPI file (with --method and --path).")
        Path api;
    }

    @Option(names = "--method", paramLabel = "VERB", defaultValue = "GET", description = "Method of the template "
            + "to pick with --api; also $context.httpMethod (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--path", paramLabel = "RESOURCE", defaultValue = "/",
            description = "Resource path, e.g. /pets/{id}; also $context.resourcePath (default: ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--content-type", paramLabel = "TYPE", defaultValue = "application/json",
            description = "Template's content type (default: ${DEFAULT-VALUE}).")
    String contentType;

    @Option(names = "--response", paramLabel = "STATUS",
            description = "Pick the response template of this integration response instead of the request one.")
    String response;

    @Option(names = "--body", paramLabel = "TEXT|@FILE", description = "Request body ($input.body); @FILE reads a file.")
    String body;

    @Option(names = "--header", paramLabel = "K=V", description = "Request header (repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--query", paramLabel = "K=V", description = "Query string parameter (repeatable).")
    List<String> query = new ArrayList<>();

    @Option(names = "--path-param", paramLabel = "K=V", description = "Path parameter (repeatable).")
    Map<String, String> pathParams = new LinkedHashMap<>();

    @Option(names = "--context", paramLabel = "KEY=V",
            description = "Set a $context value by dotted path, e.g. authorizer.principalId=u1 (repeatable).")
    List<String> context = new ArrayList<>();

    @Option(names = "--pretty", description = "Pretty-print the output when it is JSON.")
    boolean pretty;

    @Option(names = "--expect", paramLabel = "FILE",
            description = "Compare the output with FILE; show a diff and exit 1 when they differ.")
    Path expect;

    @Mixin
    StageMixin stage;

    @Mixin
    OutputMixin output;

    private final VtlEngine engine = new VtlEngine();

    @Override
    public Integer call() {
        Optional<ApiProject> project = Optional.ofNullable(source.api).map(p -> new ProjectLoader()
                .load(p, ImportOptions.defaults()).project());
        TemplateChoice choice = project.map(p -> TemplateChoice.from(p.api(), method.toUpperCase(), path,
                contentType, Optional.ofNullable(response))).orElseGet(this::templateFile);
        Map<String, String> stageVariables = new LinkedHashMap<>();
        String stageName = stage.stage().orElse("dev");
        project.ifPresent(p -> stageVariables.putAll(p.config().stage(stageName).variables()));
        stageVariables.putAll(stage.stageVariables());
        TemplateInput input = TemplateInput.builder()
                .body(readBody())
                .pathParameters(pathParams)
                .queryParameters(multi(query, "--query"))
                .headers(multi(headers, "--header"))
                .stageVariables(stageVariables)
                .context(context(stageName))
                .build();
        RenderResult result;
        try {
            result = engine.render(choice.name(), choice.template(), input);
        } catch (TemplateException e) {
            err().println(new dev.apigw.cli.output.TextStyle(style().errAnsi()).boldRed("error:") + " "
                    + e.getMessage());
            err().flush();
            return EXIT_FINDINGS;
        }
        String rendered = pretty ? prettyJson(result.output()) : result.output();
        if (output.json()) {
            JsonOutput.write(out(), new TemplateOutput(rendered, contentType, result.statusOverride().orElse(null),
                    result.responseHeaderOverrides()));
        } else {
            out().print(rendered);
            out().flush();
        }
        return expect == null ? EXIT_OK : compare(rendered);
    }

    private TemplateChoice templateFile() {
        String name = source.file;
        try {
            if (name.equals("-")) {
                InputStream in = System.in;
                return new TemplateChoice("<stdin>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return new TemplateChoice(name, Files.readString(Path.of(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot read template " + name + ": "
                    + e.getMessage(), e);
        }
    }

    private String readBody() {
        if (body == null) {
            return "";
        }
        if (!body.startsWith("@")) {
            return body;
        }
        Path file = Path.of(body.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot read body file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private Map<String, Object> context(String stageName) {
        ContextBuilder builder = ContextBuilder.defaults().stage(stageName).httpMethod(method.toUpperCase())
                .resourcePath(path);
        for (String assignment : context) {
            try {
                builder.apply(assignment);
            } catch (IllegalArgumentException e) {
                throw usageError("--context " + assignment + ": " + e.getMessage());
            }
        }
        return builder.build();
    }

    private Map<String, List<String>> multi(List<String> pairs, String option) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw usageError(option + " expects NAME=VALUE, not '" + pair + "'");
            }
            out.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        return out;
    }

    private static String prettyJson(String text) {
        try {
            JsonNode node = Json.JSON.readTree(text);
            return node == null ? text : Json.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private int compare(String rendered) {
        String expected;
        try {
            expected = Files.readString(expect, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot read " + expect + ": " + e.getMessage(), e);
        }
        if (expected.equals(rendered)) {
            return EXIT_OK;
        }
        err().println("output differs from " + expect + " (- expected, + actual):");
        TextDiff.lines(expected, rendered).forEach(err()::println);
        err().flush();
        return EXIT_FINDINGS;
    }
}
