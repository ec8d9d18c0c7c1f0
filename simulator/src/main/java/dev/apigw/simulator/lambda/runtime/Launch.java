package dev.apigw.simulator.lambda.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to start one instance: the command, the variables it adds to the environment, and where it runs. */
record Launch(List<String> command, Map<String, String> environment, Path directory) {
    Launch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
