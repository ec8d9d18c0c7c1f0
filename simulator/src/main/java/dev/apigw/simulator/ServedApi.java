package dev.apigw.simulator;

import dev.apigw.model.project.ApiProject;
import java.util.List;

/** One API a gateway serves, with the stages to serve it in. */
public record ServedApi(ApiProject project, List<SimulatorOptions> stages) {
    public ServedApi {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("at least one stage is needed");
        }
        stages = List.copyOf(stages);
    }
}
