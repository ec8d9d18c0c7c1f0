package dev.apigw.cli.mixin;

import dev.apigw.openapi.iac.SamConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What picks and fills the API of a template: repeatable {@code --param Name=value} and SAM CLI's
 * {@code --parameter-overrides "A=1 B=2"} (values for CloudFormation parameters referenced by {@code Ref} and
 * {@code Fn::Sub}; they take precedence over the project file's {@code parameters} and {@code samconfig.toml}), and
 * {@code --api LOGICAL_ID} when a template defines several APIs.
 */
public final class ParamMixin {

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description = "Value for a CloudFormation parameter used by Ref/Fn::Sub (repeatable).")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(
            names = "--parameter-overrides",
            paramLabel = "\"A=1 B=2\"",
            description = "CloudFormation parameter values as SAM CLI takes them (Name=Value pairs separated by "
                    + "spaces, or ParameterKey=Name,ParameterValue=Value).")
    private String parameterOverrides;

    @Option(
            names = "--api",
            paramLabel = "LOGICAL_ID",
            description = "The API to use when a template defines several (its logical id, e.g. ServerlessRestApi).")
    private String api;

    public Map<String, String> parameters() {
        Map<String, String> all = new LinkedHashMap<>();
        if (parameterOverrides != null) {
            all.putAll(SamConfig.parse(parameterOverrides));
        }
        all.putAll(parameters);
        return Collections.unmodifiableMap(all);
    }

    public Optional<String> api() {
        return Optional.ofNullable(api).filter(a -> !a.isBlank());
    }
}
