package dev.apigw.simulator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to run one stage: its name, stage variables that add to or override the project's ({@code --stage-var}),
 * the directory function commands run in, and the clock for {@code $context.requestTime}.
 */
public record SimulatorOptions(String stage, Map<String, String> stageVariables, Path workingDirectory, Clock clock) {

    public SimulatorOptions {
        stage = stage == null || stage.isBlank() ? "dev" : stage;
        stageVariables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                stageVariables == null ? Map.of() : stageVariables));
        workingDirectory = workingDirectory == null ? Path.of(".") : workingDirectory;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static SimulatorOptions stage(String name) {
        return new SimulatorOptions(name, Map.of(), null, null);
    }

    public SimulatorOptions withStageVariables(Map<String, String> values) {
        return new SimulatorOptions(stage, values, workingDirectory, clock);
    }

    public SimulatorOptions withWorkingDirectory(Path directory) {
        return new SimulatorOptions(stage, stageVariables, directory, clock);
    }

    public SimulatorOptions withClock(Clock value) {
        return new SimulatorOptions(stage, stageVariables, workingDirectory, value);
    }
}
