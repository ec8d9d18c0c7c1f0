package dev.apigw.cli.mixin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Repeatable {@code --param Name=value}: values for CloudFormation parameters referenced by {@code Ref} and
 * {@code Fn::Sub} in a definition. They take precedence over the project file's {@code parameters}.
 */
public final class ParamMixin {

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description = "Value for a CloudFormation parameter used by Ref/Fn::Sub (repeatable).")
    private Map<String, String> parameters = new LinkedHashMap<>();

    public Map<String, String> parameters() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
