package dev.apigw.cli.routes;

import dev.apigw.openapi.project.LoadedProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command gets its project when {@code PROJECT} is or is not given: from disk on the command line, or the
 * project the shell has loaded (so that {@code routes} shows what {@code reload} last read).
 */
@FunctionalInterface
public interface ProjectSource {

    /** The project; {@code api} picks one API of a template that defines several. */
    LoadedProject load(Optional<Path> target, Map<String, String> parameters, Optional<String> api);

    default LoadedProject load(Optional<Path> target, Map<String, String> parameters) {
        return load(target, parameters, Optional.empty());
    }

    /** Reads the project from disk, the current directory when none is given. */
    static ProjectSource disk() {
        return (target, parameters, api) -> new ProjectLoader().load(target.orElse(Path.of(".")),
                ImportOptions.defaults().withParameters(parameters), api);
    }
}
