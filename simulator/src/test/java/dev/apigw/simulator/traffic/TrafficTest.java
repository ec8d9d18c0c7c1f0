package dev.apigw.simulator.traffic;

import dev.apigw.simulator.MutableClock;
import static dev.apigw.simulator.traffic.TrafficFixture.EARLY;
import static dev.apigw.simulator.traffic.TrafficFixture.GOLD;
import static dev.apigw.simulator.traffic.TrafficFixture.OFF;
import static dev.apigw.simulator.traffic.TrafficFixture.PROD;
import static dev.apigw.simulator.traffic.TrafficFixture.SILVER;
import static dev.apigw.simulator.traffic.TrafficFixture.STRAY;
import static dev.apigw.simulator.traffic.TrafficFixture.T0;
import static dev.apigw.simulator.traffic.TrafficFixture.get;
import static dev.apigw.simulator.traffic.TrafficFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.simulator.Gateway;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** API keys, usage plans, throttles and quotas end to end, through {@link Simulator#execute}. */
class TrafficTest {
    private final MutableClock clock = new MutableClock(T0);

    private static void assertForbidden(HttpResponse response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Forbidden\"}");
        assertThat(HttpHeaders.first(response.headers(), "x-amzn-ErrorType")).contains("ForbiddenException");
    }

    private static void assertThrottled(HttpResponse response) {
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Too Many Requests\"}");
        assertThat(HttpHeaders.first(response.headers(), "x-amzn-ErrorType")).contains("TooManyRequestsException");
    }

    private static void assertLimitExceeded(HttpResponse response) {
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.bodyText()).isEqualTo("{\"message\":\"Limit Exceeded\"}");
        assertThat(HttpHeaders.first(response.headers(), "x-amzn-ErrorType")).contains("LimitExceededException");
    }

    /** The statuses of {@code times} requests in a row. */
    private static List<Integer> statuses(Simulator simulator, HttpRequest request, int times) {
        return IntStream.range(0, times).mapToObj(i -> simulator.invoke(request).status()).toList();
    }

    @Nested
    class ApiKeys {
        private final Simulator dev = TrafficFixture.simulator("dev", clock);

        @Test
        void returns403ForbiddenWithoutAKey() {
            assertForbidden(dev.invoke(get("/keyed")));
        }

        @Test
        void returns403ForbiddenForAnUnknownKey() {
            assertForbidden(dev.invoke(get("/keyed", "no-such-key-0123456789abc")));
        }

        @Test
        void returns403ForbiddenForADisabledKey() {
            assertForbidden(dev.invoke(get("/keyed", OFF)));
        }

        @Test
        void returns403ForbiddenForAKeyInNoUsagePlan() {
            assertForbidden(dev.invoke(get("/keyed", STRAY)));
        }

        @Test
        void returns403ForbiddenForAKeyBoundToAnotherStage() {
            assertForbidden(dev.invoke(get("/keyed", PROD)));
            assertThat(TrafficFixture.simulator("prod", clock).invoke(get("/keyed", PROD)).status()).isEqualTo(200);
        }

        @Test
        void anEmptyHeaderIsAMissingKey() {
            assertForbidden(dev.invoke(get("/keyed", "")));
        }

        @Test
        void theHeaderNameIsCaseInsensitive() {
            HttpRequest request = HttpRequest.builder("GET", "/keyed").header("X-API-Key", GOLD).build();
            assertThat(dev.invoke(request).status()).isEqualTo(200);
        }

        @Test
        void aValidKeyReachesTheIntegrationAndItsTemplates() {
            HttpResponse response = dev.invoke(get("/keyed", GOLD));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("{\"apiKey\": \"" + GOLD + "\", \"apiKeyId\": \""
                    + TrafficIds.apiKeyId("gold-key") + "\"}");
        }

        @Test
        void methodsWithoutTheRequirementLeaveTheKeyOutOfTheContext() {
            HttpResponse response = dev.invoke(get("/open", GOLD));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("{\"apiKey\": \"\"}");
        }

        @Test
        void customisedInvalidApiKeyResponseApplies() {
            Simulator simulator = Simulator.create(TestApis.load("traffic-authorizer/apigw.yaml"),
                    SimulatorOptions.stage("dev"));
            HttpResponse response = simulator.invoke(get("/keyed", "partner-0123456789abcdefgh"));
            assertThat(response.status()).isEqualTo(456);
            assertThat(response.bodyText()).isEqualTo("{\"message\": \"Bad api-key\"}");
        }
    }

    @Nested
    class Throttling {
        private final Simulator throttled = TrafficFixture.simulator("throttled", clock);

        @Test
        void returns429WhenTheStageBurstIsExhausted() {
            assertThat(statuses(throttled, get("/other"), 3)).containsOnly(200);
            assertThrottled(throttled.invoke(get("/other")));
        }

        @Test
        void theStageDefaultAppliesToEachMethodOnItsOwn() {
            assertThat(statuses(throttled, get("/other"), 4)).containsExactly(200, 200, 200, 429);
            assertThat(statuses(throttled, get("/open"), 4)).containsExactly(200, 200, 200, 429);
        }

        @Test
        void methodSettingsOverrideTheStageDefault() {
            assertThat(statuses(throttled, get("/limited"), 3)).containsExactly(200, 429, 429);
        }

        @Test
        void stagesWithoutLimitsAreNotThrottledBelowTheAccount() {
            assertThat(statuses(TrafficFixture.simulator("dev", clock), get("/other"), 50)).containsOnly(200);
        }

        @Test
        void theAccountLimitAppliesAcrossStages() {
            ApiProject project = TrafficFixture.withAccount(TrafficFixture.project(), new ThrottleSettings(0, 3));
            Gateway gateway = new Gateway(project, List.of(SimulatorOptions.stage("dev").withClock(clock),
                    SimulatorOptions.stage("prod").withClock(clock)));
            assertThat(gateway.handle(get("/dev/other")).status()).isEqualTo(200);
            assertThat(gateway.handle(get("/prod/other")).status()).isEqualTo(200);
            assertThat(gateway.handle(get("/dev/open")).status()).isEqualTo(200);
            assertThrottled(gateway.handle(get("/prod/open")));
        }

        @Test
        void theAccountLimitIsCheckedBeforeTheStageLimit() {
            ApiProject project = TrafficFixture.withAccount(TrafficFixture.project(), new ThrottleSettings(0, 1));
            Simulator simulator = TrafficFixture.simulator(project, "throttled", clock);
            assertThat(simulator.invoke(get("/other")).status()).isEqualTo(200);
            Invocation second = simulator.execute(get("/other"));
            assertThrottled(second.response().orElseThrow());
            assertThat(second.trace().toString()).contains("Account-level throttle limit exceeded");
        }

        @Test
        void tokensComeBackAsTimePasses() {
            ApiProject project = TrafficFixture.withStageThrottle(TrafficFixture.project(), "dev",
                    new ThrottleSettings(2, 1));
            Simulator simulator = TrafficFixture.simulator(project, "dev", clock);
            assertThat(statuses(simulator, get("/other"), 2)).containsExactly(200, 429);
            clock.advance(Duration.ofMillis(400));
            assertThrottled(simulator.invoke(get("/other")));
            clock.advance(Duration.ofMillis(100));
            assertThat(statuses(simulator, get("/other"), 2)).containsExactly(200, 429);
        }

        @Test
        void aUsagePlanThrottlesEachKey() {
            Simulator dev = TrafficFixture.simulator("dev", clock);
            assertThat(statuses(dev, get("/keyed", SILVER), 3)).containsExactly(200, 200, 429);
            assertThrottled(dev.invoke(get("/keyed", SILVER)));
            assertThat(dev.invoke(get("/keyed", GOLD)).status()).isEqualTo(200);
        }

        @Test
        void aUsagePlanPerMethodLimitOverridesThePlanLimit() {
            Simulator dev = TrafficFixture.simulator("dev", clock);
            assertThat(statuses(dev, post("/keyed", SILVER), 2)).containsExactly(200, 429);
            assertThat(statuses(dev, get("/keyed", SILVER), 3)).containsExactly(200, 200, 429);
        }

        @Test
        void theStageLimitStillAppliesToKeyedMethods() {
            Simulator throttledStage = TrafficFixture.simulator("throttled", clock);
            assertThat(statuses(throttledStage, get("/keyed", GOLD), 4)).containsExactly(200, 200, 200, 429);
        }

        @Test
        void aRequestWithoutAValidKeyStillTakesAStageToken() {
            assertThat(statuses(throttled, get("/keyed"), 3)).containsOnly(403);
            assertThrottled(throttled.invoke(get("/keyed", GOLD)));
        }

        @Test
        void customisedThrottledResponseAppliesThroughDefault4xx() {
            Simulator petstore = Simulator.create(new dev.apigw.openapi.project.ProjectLoader().load(
                    java.nio.file.Path.of("..", "samples", "petstore"), dev.apigw.openapi.read.ImportOptions
                            .defaults()).project(), SimulatorOptions.stage("dev").withClock(clock));
            HttpResponse last = null;
            for (int i = 0; i < 51; i++) {
                last = petstore.invoke(get("/pets"));
            }
            assertThat(last.status()).isEqualTo(429);
            assertThat(HttpHeaders.first(last.headers(), "Access-Control-Allow-Origin")).contains("*");
        }
    }

    @Nested
    class Quotas {
        private final Simulator dev = TrafficFixture.simulator("dev", clock);

        @Test
        void returns429LimitExceededOnceTheQuotaIsUsed() {
            assertThat(statuses(dev, get("/keyed", GOLD), 5)).containsOnly(200);
            Invocation over = dev.execute(get("/keyed", GOLD));
            assertLimitExceeded(over.response().orElseThrow());
            assertThat(over.trace().toString()).contains("quota exceeded");
        }

        @Test
        void theQuotaComesBackInTheNextPeriod() {
            statuses(dev, get("/keyed", GOLD), 6);
            clock.set(java.time.Instant.parse("2026-03-04T23:59:59Z"));
            assertLimitExceeded(dev.invoke(get("/keyed", GOLD)));
            clock.set(java.time.Instant.parse("2026-03-05T00:00:00Z"));
            assertThat(statuses(dev, get("/keyed", GOLD), 6)).containsExactly(200, 200, 200, 200, 200, 429);
        }

        @Test
        void theOffsetShrinksOnlyTheInitialPeriod() {
            assertThat(statuses(dev, get("/keyed", EARLY), 4)).containsExactly(200, 200, 200, 429);
            clock.advance(Duration.ofDays(7));
            assertThat(statuses(dev, get("/keyed", EARLY), 6)).containsExactly(200, 200, 200, 200, 200, 429);
        }

        @Test
        void eachKeyHasItsOwnQuota() {
            statuses(dev, get("/keyed", GOLD), 6);
            assertThat(dev.invoke(get("/keyed", SILVER)).status()).isEqualTo(200);
        }

        @Test
        void stagesOfOnePlanShareTheKeysQuota() {
            Gateway gateway = new Gateway(TrafficFixture.project(), List.of(SimulatorOptions.stage("dev")
                    .withClock(clock), SimulatorOptions.stage("throttled").withClock(clock)));
            assertThat(IntStream.range(0, 3).map(i -> gateway.handle(get("/dev/keyed", GOLD)).status()))
                    .containsOnly(200);
            assertThat(IntStream.range(0, 2).map(i -> gateway.handle(get("/throttled/keyed", GOLD)).status()))
                    .containsOnly(200);
            assertLimitExceeded(gateway.handle(get("/dev/keyed", GOLD)));
        }

        @Test
        void refusedKeysUseNoQuota() {
            statuses(dev, get("/keyed", OFF), 10);
            assertThat(dev.usage(Optional.of("off-key")).orElseThrow().items().get(0).quota().orElseThrow().used())
                    .isZero();
        }

        @Test
        void survivesAHotReload() {
            Gateway gateway = new Gateway(TrafficFixture.project(), List.of(SimulatorOptions.stage("dev")
                    .withClock(clock)));
            IntStream.range(0, 5).forEach(i -> gateway.handle(get("/dev/keyed", GOLD)));
            gateway.reload(TrafficFixture.project());
            assertLimitExceeded(gateway.handle(get("/dev/keyed", GOLD)));
        }
    }

    @Nested
    class Concurrency {
        @Test
        void exactlyTheBurstOfConcurrentRequestsSucceeds() throws Exception {
            ApiProject project = TrafficFixture.withStageThrottle(TrafficFixture.project(), "dev",
                    new ThrottleSettings(0, 7));
            Simulator simulator = TrafficFixture.simulator(project, "dev", clock);
            List<Integer> statuses = Concurrently.run(24, () -> simulator.invoke(get("/other")).status());
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(7);
            assertThat(statuses.stream().filter(s -> s == 429)).hasSize(17);
        }

        @Test
        void exactlyTheQuotaOfConcurrentRequestsSucceeds() throws Exception {
            Simulator simulator = TrafficFixture.simulator("dev", clock);
            List<HttpResponse> responses = Concurrently.run(20, () -> simulator.invoke(get("/keyed", GOLD)));
            assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(5);
            assertThat(responses.stream().filter(r -> r.bodyText().contains("Limit Exceeded"))).hasSize(15);
        }
    }

    @Nested
    class Usage {
        private final Simulator dev = TrafficFixture.simulator("dev", clock);

        @Test
        void reportsUsedAndRemainingForTheCurrentPeriod() {
            statuses(dev, get("/keyed", GOLD), 2);
            UsageReport.Item gold = dev.usage(Optional.of("gold-key")).orElseThrow().items().get(0);
            assertThat(gold.usagePlan()).isEqualTo("gold");
            assertThat(gold.apiKeyId()).isEqualTo(TrafficIds.apiKeyId("gold-key"));
            UsageReport.Quota quota = gold.quota().orElseThrow();
            assertThat(quota.limit()).isEqualTo(5);
            assertThat(quota.used()).isEqualTo(2);
            assertThat(quota.remaining()).isEqualTo(3);
            assertThat(quota.periodStart()).hasToString("2026-03-04T00:00:00Z");
            assertThat(quota.periodEnd()).hasToString("2026-03-05T00:00:00Z");
        }

        @Test
        void listsEveryKeyOfEveryPlan() {
            assertThat(dev.usage(Optional.empty()).orElseThrow().items()).extracting(UsageReport.Item::apiKey)
                    .containsExactly("gold-key", "off-key", "silver-key", "prod-key", "early-key");
        }

        @Test
        void findsAKeyByItsId() {
            assertThat(dev.usage(Optional.of(TrafficIds.apiKeyId("silver-key")))).map(r -> r.items().get(0)
                    .apiKey()).contains("silver-key");
        }

        @Test
        void anUnknownOrUnplannedKeyHasNoReport() {
            assertThat(dev.usage(Optional.of("nope"))).isEmpty();
            assertThat(dev.usage(Optional.of("stray-key"))).isEmpty();
        }

        @Test
        void rendersJsonLikeGetUsage() {
            statuses(dev, get("/keyed", GOLD), 1);
            String json = dev.usage(Optional.of("gold-key")).orElseThrow().toJson();
            assertThat(json).contains("\"usagePlan\":\"gold\"").contains("\"used\":1").contains("\"remaining\":4")
                    .contains("\"periodStart\":\"2026-03-04T00:00:00Z\"").doesNotContain("\"throttle\"");
            assertThat(dev.usage(Optional.of("silver-key")).orElseThrow().toJson())
                    .contains("\"throttle\":{\"rateLimit\":0.0,\"burstLimit\":2}").doesNotContain("\"quota\"");
        }
    }

    @Test
    void projectsWithoutKeysOrLimitsBehaveAsBefore() {
        Simulator mock = Simulator.create(TestApis.load("mock.yaml"), SimulatorOptions.stage("dev"));
        assertThat(mock.invoke(get("/status/200")).status()).isEqualTo(200);
        assertThat(mock.usage(Optional.empty()).orElseThrow().items()).isEmpty();
    }
}
