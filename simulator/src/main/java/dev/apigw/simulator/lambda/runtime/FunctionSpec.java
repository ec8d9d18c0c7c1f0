package dev.apigw.simulator.lambda.runtime;

import dev.apigw.model.project.LambdaRuntimeName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to start instances of one function: its runtime, handler, code and layer directories (zips
 * already extracted), memory, timeout, environment and how many instances may run at once.
 */
record FunctionSpec(String name, LambdaRuntimeName runtime, String handler, Path codeDirectory, List<Path> layers,
        int memorySize, int timeoutSeconds, Map<String, String> environment, int maxInstances) {
    FunctionSpec {
        layers = List.copyOf(layers);
        environment = Map.copyOf(environment);
    }

    /** The directories whose changes restart the function's instances. */
    List<Path> watchedDirectories() {
        List<Path> dirs = new java.util.ArrayList<>();
        dirs.add(codeDirectory);
        dirs.addAll(layers);
        return dirs;
    }
}
