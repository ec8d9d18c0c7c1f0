package dev.apigw.openapi.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.iac.ApiReader;
import dev.apigw.openapi.iac.CdkApp;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.DefinitionPointer;
import dev.apigw.openapi.iac.SamConfig;
import dev.apigw.openapi.iac.TemplateApi;
import dev.apigw.openapi.iac.functions.TemplateFunctions;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.ImportResult;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the APIs of a SAM or CloudFormation template, or of every stack of a {@code cdk.out} app: each reader finds
 * the APIs of its form, the template's functions are bound to local runtimes, and an {@code apigw.yaml} beside the
 * template overrides. Every API then goes through the same OpenAPI importer as an OpenAPI project.
 */
final class TemplateLoader {
    private final List<ApiReader> readers;
    private final OpenApiImporter importer = new OpenApiImporter();

    TemplateLoader(List<ApiReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Whether a parsed document is a CloudFormation/SAM template rather than an OpenAPI document. */
    static boolean isTemplate(JsonNode root) {
        if (!root.path("Resources").isObject()) {
            return false;
        }
        if (root.has("AWSTemplateFormatVersion") || root.has("Transform")) {
            return true;
        }
        var types = root.path("Resources").elements();
        while (types.hasNext()) {
            if (types.next().path("Type").asText("").startsWith("AWS::")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param target a template file or a {@code cdk.out} directory
     * @param overrides the {@code apigw.yaml} beside it, or an empty configuration
     */
    LoadedApp load(Path target, ImportOptions options, ProjectConfig overrides, Optional<Path> projectFile) {
        List<Path> templates = Files.isDirectory(target) ? CdkApp.stackTemplates(target) : List.of(target);
        Path directory = (Files.isDirectory(target) ? target : target.toAbsolutePath().getParent());
        Map<String, String> parameters = new LinkedHashMap<>(SamConfig.parameterOverrides(directory));
        parameters.putAll(overrides.parameters());
        parameters.putAll(options.parameters());
        List<LoadedProject> apis = new ArrayList<>();
        for (Path file : templates) {
            Map<String, String> stack = new LinkedHashMap<>(parameters);
            stack.putIfAbsent("AWS::StackName", stackName(file, directory));
            load(file, stack, options, overrides, projectFile, apis, 0);
        }
        if (apis.isEmpty()) {
            throw ApigwException.input(target + ": the template defines no API Gateway API (no "
                    + "AWS::Serverless::Function with Api or HttpApi events, no AWS::Serverless::Api/HttpApi, "
                    + "AWS::ApiGateway::RestApi or AWS::ApiGatewayV2::Api)");
        }
        return new LoadedApp(apis);
    }

    /**
     * The stack's name where the template does not say: a CDK stack's artifact id (its template is
     * {@code Id.template.json}), else SAM CLI's {@code stack_name} in samconfig.toml, else the project directory's
     * name, as {@code sam deploy --guided} proposes it.
     */
    private static String stackName(Path template, Path directory) {
        String file = template.getFileName().toString();
        if (file.endsWith(".template.json")) {
            return file.substring(0, file.length() - ".template.json".length());
        }
        return SamConfig.stackName(directory).orElseGet(() -> {
            Path dir = directory.toAbsolutePath().normalize().getFileName();
            return dir == null ? "sam-app" : dir.toString();
        });
    }

    private void load(Path file, Map<String, String> parameters, ImportOptions options, ProjectConfig overrides,
            Optional<Path> projectFile, List<LoadedProject> apis, int depth) {
        CloudFormationTemplate template = CloudFormationTemplate.read(file, parameters);
        TemplateFunctions.Result functions = TemplateFunctions.read(template);
        List<Diagnostic> shared = new ArrayList<>(template.source().diagnostics());
        shared.addAll(functions.diagnostics());
        List<TemplateApi> found = new ArrayList<>();
        for (ApiReader reader : readers) {
            found.addAll(reader.read(template));
        }
        List<Diagnostic> errors = new ArrayList<>(template.diagnostics().list().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList());
        for (TemplateApi api : found) {
            api.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot read the APIs of " + file, errors);
        }
        shared.addAll(template.diagnostics().list());
        // What concerns the whole template (its functions, unresolved intrinsics) is reported once, with its first
        // API, so that validate and serve say it once however many APIs the template has.
        for (TemplateApi api : found) {
            apis.add(project(template, api, functions, overrides, projectFile, options,
                    api == found.get(0) ? shared : List.of()));
        }
        if (depth < 5) {
            for (Path nested : NestedStacks.localTemplates(template)) {
                load(nested, parameters, options, overrides, projectFile, apis, depth + 1);
            }
        }
    }

    private LoadedProject project(CloudFormationTemplate template, TemplateApi api,
            TemplateFunctions.Result functions, ProjectConfig overrides, Optional<Path> projectFile,
            ImportOptions options, List<Diagnostic> shared) {
        ProjectConfig config = ConfigOverlay.apply(api.config(), functions.functions(), overrides);
        List<Diagnostic> warnings = new ArrayList<>(shared);
        warnings.addAll(api.diagnostics());
        ApiDefinition definition;
        if (api.definition().isPresent()) {
            ImportResult result = importer.importDocument(template.source(), api.definition().get(),
                    DefinitionPointer.of(template.root(), api.logicalId()), options.withType(Optional.of(api.type())));
            definition = result.api();
            warnings.addAll(result.diagnostics());
        } else {
            definition = WebSocketDefinitions.definition(config);
        }
        ApiProject project = new ApiProject(definition, config, template.file() + "#" + api.logicalId(),
                Optional.of(api.logicalId()));
        return new LoadedProject(project, projectFile, template.file(), warnings);
    }
}
