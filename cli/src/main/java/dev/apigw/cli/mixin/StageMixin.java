package dev.apigw.cli.mixin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --stage NAME} and repeatable {@code --stage-var KEY=VALUE}: which stage of the project applies. */
public final class StageMixin {

    // API Gateway accepts only these characters in stage variable names; catching it here beats a 400 on deploy.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--stage", paramLabel = "NAME", description = "The stage from apigw.yaml to use.")
    private String stage;

    @Option(
            names = "--stage-var",
            paramLabel = "KEY=VALUE",
            description = "Set or override a stage variable (repeatable).")
    private Map<String, String> variables = new LinkedHashMap<>();

    public Optional<String> stage() {
        return Optional.ofNullable(stage);
    }

    /** The {@code --stage-var} values in command-line order; throws a usage error for an invalid name. */
    public Map<String, String> stageVariables() {
        for (String name : variables.keySet()) {
            if (!NAME.matcher(name).matches()) {
                throw new ParameterException(mixee.commandLine(), "Invalid stage variable name '" + name
                        + "' in --stage-var: use only letters, digits and underscores");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
