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

    /** Every API of the target: one for a project, each API of a template (the shell: the one it loaded). */
    default java.util.List<LoadedProject> loadAll(Optional<Path> target, Map<String, String> parameters) {
        return java.util.List.of(load(target, parameters));
    }

    /** Reads the project from disk, the current directory when none is given. */
    static ProjectSource disk() {
        return new ProjectSource() {
            @Override
            public LoadedProject load(Optional<Path> target, Map<String, String> parameters, Optional<String> api) {
                return new ProjectLoader().load(target.orElse(Path.of(".")), ImportOptions.defaults()
                        .withParameters(parameters), api);
            }

            @Override
            public java.util.List<LoadedProject> loadAll(Optional<Path> target, Map<String, String> parameters) {
                return new ProjectLoader().loadAll(target.orElse(Path.of(".")), ImportOptions.defaults()
                        .withParameters(parameters)).apis();
            }
        };
    }
}
