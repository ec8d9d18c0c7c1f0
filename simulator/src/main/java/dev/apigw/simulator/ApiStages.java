package dev.apigw.simulator;

import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.pipeline.ContextValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The served stages of one API, as its execute-api host has them: {@code /{stage}/...} goes to that stage, and
 * {@code $default} (or the only stage) takes the paths no stage name starts. A reload swaps the API of every stage
 * at once; requests already running finish on the old one.
 */
final class ApiStages {
    private final Map<String, AtomicReference<Simulator>> stages = new LinkedHashMap<>();
    private final Optional<String> logicalId;

    ApiStages(ServedApi api, StandardPipeline.Shared shared) {
        this.logicalId = api.project().logicalId();
        for (SimulatorOptions options : api.stages()) {
            stages.put(options.stage(), new AtomicReference<>(Simulator.create(api.project(), options, shared)));
        }
    }

    Optional<String> logicalId() {
        return logicalId;
    }

    /** The API id of the served API ({@code $context.apiId}), which its host name starts with. */
    String apiId() {
        return stages.values().iterator().next().get().deployment().apiId();
    }

    Map<String, AtomicReference<Simulator>> stages() {
        return stages;
    }

    void reload(ApiProject project) {
        Map<String, Simulator> rebuilt = new LinkedHashMap<>();
        stages.forEach((name, ref) -> rebuilt.put(name, ref.get().rebuild(project)));
        rebuilt.forEach((name, simulator) -> stages.get(name).set(simulator));
    }

    /**
     * The stage the path names, with the path after the stage. As execute-api does, empty segments before the stage
     * ({@code //dev/x}) and between the stage and the path ({@code /dev//x}) are skipped: both are {@code /x}.
     */
    Optional<Routed> byStage(String path) {
        String rest = withoutLeadingSlashes(path);
        int slash = rest.indexOf('/');
        AtomicReference<Simulator> stage = stages.get(slash < 0 ? rest : rest.substring(0, slash));
        return stage == null ? Optional.empty()
                : Optional.of(new Routed(stage.get(), slash < 0 ? "/" : "/" + withoutLeadingSlashes(rest.substring(slash))));
    }

    private static String withoutLeadingSlashes(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        return path.substring(i);
    }

    /**
     * The stage that takes any other path: {@code $default}, else (when this is the only API served) the only
     * stage, as a single-stage {@code apigw serve} has always answered at the root too.
     */
    Optional<Routed> fallback(String path, boolean onlyApi) {
        AtomicReference<Simulator> fallback = stages.get(ContextValues.DEFAULT_STAGE);
        if (fallback == null && onlyApi && stages.size() == 1) {
            fallback = stages.values().iterator().next();
        }
        return fallback == null ? Optional.empty()
                : Optional.of(new Routed(fallback.get(), "/" + withoutLeadingSlashes(path)));
    }

    Optional<Routed> route(String path) {
        return byStage(path).or(() -> fallback(path, true));
    }

    List<String> stageNames() {
        return List.copyOf(stages.keySet());
    }

    /** A stage and the path below it. */
    record Routed(Simulator simulator, String path) {
    }
}
