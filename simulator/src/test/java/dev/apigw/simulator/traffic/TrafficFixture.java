package dev.apigw.simulator.traffic;

import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code apis/traffic} project, and variants of it with other account or stage throttles. */
final class TrafficFixture {
    static final String GOLD = "gold-key-0123456789abcdef";
    static final String SILVER = "silver-key-0123456789abcd";
    static final String OFF = "off-key-0123456789abcdefgh";
    static final String STRAY = "stray-key-0123456789abcdef";
    static final String PROD = "prod-key-0123456789abcdefg";
    static final String EARLY = "early-key-0123456789abcdef";
    /** A Wednesday, mid-morning UTC. */
    static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");

    private TrafficFixture() {
    }

    static ApiProject project() {
        return TestApis.load("traffic/apigw.yaml");
    }

    static Simulator simulator(String stage, Clock clock) {
        return Simulator.create(project(), SimulatorOptions.stage(stage).withClock(clock));
    }

    static Simulator simulator(ApiProject project, String stage, Clock clock) {
        return Simulator.create(project, SimulatorOptions.stage(stage).withClock(clock));
    }

    static ApiProject withAccount(ApiProject p, ThrottleSettings throttle) {
        ProjectConfig c = p.config();
        return new ApiProject(p.api(), new ProjectConfig(c.definition(), c.type(), c.parameters(), c.stages(),
                c.apiKeys(), c.usagePlans(), c.functions(), c.credentials(), c.serviceEndpoints(),
                new AccountSettings(throttle)), p.definitionFile());
    }

    static ApiProject withStageThrottle(ApiProject p, String stage, ThrottleSettings throttle) {
        ProjectConfig c = p.config();
        Stage s = c.stage(stage);
        Map<String, Stage> stages = new LinkedHashMap<>(c.stages());
        stages.put(stage, new Stage(s.name(), s.variables(), Optional.of(throttle), s.cache(), s.accessLog(),
                s.logging(), s.methodSettings()));
        return new ApiProject(p.api(), new ProjectConfig(c.definition(), c.type(), c.parameters(), stages,
                c.apiKeys(), c.usagePlans(), c.functions(), c.credentials(), c.serviceEndpoints(), c.account()),
                p.definitionFile());
    }

    static HttpRequest get(String path) {
        return HttpRequest.builder("GET", path).build();
    }

    static HttpRequest get(String path, String apiKey) {
        return HttpRequest.builder("GET", path).header("x-api-key", apiKey).build();
    }

    static HttpRequest post(String path, String apiKey) {
        return HttpRequest.builder("POST", path).header("x-api-key", apiKey).build();
    }
}
