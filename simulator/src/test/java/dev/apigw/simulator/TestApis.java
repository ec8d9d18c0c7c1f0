package dev.apigw.simulator;

import dev.apigw.model.project.ApiProject;
import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.http.HttpRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Loads fixture APIs from {@code src/test/resources/apis} and builds simulators over them. */
public final class TestApis {
    private TestApis() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(TestApis.class.getResource("/apis/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture apis/" + name, e);
        }
    }

    public static ApiProject load(String name) {
        return new ProjectLoader().load(fixture(name), ImportOptions.defaults()).project();
    }

    public static Simulator simulator(String name) {
        return simulator(name, Map.of());
    }

    public static Simulator simulator(String name, Map<String, String> stageVariables) {
        return simulator(name, "dev", stageVariables);
    }

    public static Simulator simulator(String name, String stage, Map<String, String> stageVariables) {
        Path file = fixture(name);
        return Simulator.create(load(name), SimulatorOptions.stage(stage).withStageVariables(stageVariables)
                .withWorkingDirectory(file.getParent()));
    }

    public static HttpRequest get(String target) {
        return HttpRequest.builder("GET", target).build();
    }

    public static HttpRequest.Builder request(String method, String target) {
        return HttpRequest.builder(method, target);
    }
}
