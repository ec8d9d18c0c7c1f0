package dev.apigw.cli.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.model.validation.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --output sarif}: a SARIF 2.1.0 log, the format code-scanning UIs (GitHub, GitLab, Azure DevOps) import.
 * One run; its tool lists every rule that ran (and import finding ids that occurred), each result points at the
 * rule by index. Output records only, per the project's rule for JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifReport(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Result> results) {
    }

    public record Tool(Driver driver) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String version, String informationUri, List<ReportingDescriptor> rules) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, Text shortDescription, Text fullDescription, Text help,
            Configuration defaultConfiguration) {
    }

    public record Configuration(String level) {
    }

    public record Text(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations) {
    }

    public record Location(PhysicalLocation physicalLocation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    public record ArtifactLocation(String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(Integer startLine, Integer startColumn) {
    }

    public static SarifReport of(ValidationResult result, String toolVersion) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<ReportingDescriptor> rules = new ArrayList<>();
        for (RuleInfo info : result.rules()) {
            index.put(info.id(), rules.size());
            rules.add(new ReportingDescriptor(info.id(), new Text(info.title()),
                    new Text(info.why()), new Text(info.hint()), new Configuration(level(info.severity()))));
        }
        List<Result> results = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            String id = d.ruleId().isEmpty() ? "apigw" : d.ruleId();
            if (!index.containsKey(id)) {
                // import and source findings have ids but no catalogue entry: describe them by id
                index.put(id, rules.size());
                rules.add(new ReportingDescriptor(id, new Text(id), null, null,
                        new Configuration(level(d.severity()))));
            }
            String message = d.hint().isEmpty() ? d.message() : d.message() + " (" + d.hint() + ")";
            results.add(new Result(id, index.get(id), level(d.severity()), new Text(message), locations(d.location())));
        }
        Driver driver = new Driver("apigw", toolVersion, "https://github.com/apigw/apigw", rules);
        return new SarifReport(SCHEMA, "2.1.0", List.of(new Run(new Tool(driver), results)));
    }

    private static List<Location> locations(SourceLocation location) {
        if (location.file().isEmpty()) {
            return List.of();
        }
        Region region = location.hasPosition()
                ? new Region(location.line(), location.column() > 0 ? location.column() : null) : null;
        return List.of(new Location(new PhysicalLocation(new ArtifactLocation(uri(location.file())), region)));
    }

    // SARIF wants URI references: relative paths with forward slashes (absolute ones as file: URIs).
    static String uri(String file) {
        Path path = Path.of(file);
        return path.isAbsolute() ? path.toUri().toString() : file.replace('\\', '/');
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
