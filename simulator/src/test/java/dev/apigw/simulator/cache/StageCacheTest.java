package dev.apigw.simulator.cache;

import dev.apigw.simulator.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stage cache end to end through {@link Simulator#execute}: what is cached, under which key, for how long. */
@Timeout(30)
class StageCacheTest {
    private static final ApiProject PROJECT = TestApis.load("cache/apigw.yaml");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private CountingBackend backend;
    private Simulator dev;

    @BeforeEach
    void start() throws Exception {
        backend = new CountingBackend();
        dev = stage("dev");
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    private Simulator stage(String name) {
        return Simulator.create(PROJECT, SimulatorOptions.stage(name).withClock(clock)
                .withStageVariables(Map.of("backend", backend.hostAndPort())));
    }

    private static HttpResponse get(Simulator simulator, String target) {
        return simulator.invoke(TestApis.get(target));
    }

    private static String requestIdIn(HttpResponse response) {
        String body = response.bodyText();
        int at = body.indexOf("\"requestId\": \"");
        return at < 0 ? body : body.substring(at + 14, body.indexOf('"', at + 14));
    }

    private static HttpRequest fresh(String target) {
        return TestApis.request("GET", target).header("Cache-Control", "max-age=0").build();
    }

    @Nested
    class Hits {
        @Test
        void answersRepeatedGetFromCacheWithoutCallingTheIntegration() {
            HttpResponse first = get(dev, "/pets/1");
            Invocation second = dev.execute(TestApis.get("/pets/1"));

            assertThat(second.response().orElseThrow().bodyText()).isEqualTo(first.bodyText());
            assertThat(second.integrationRequest()).isEmpty();
            assertThat(second.trace()).map(TraceEntry::toString).anyMatch(t -> t.startsWith("cache: Cache hit"));
            assertThat(dev.cacheStats()).contains(new CacheStats(1, 1));
        }

        @Test
        void countingBackendIsCalledOnceForTwoRequests() {
            HttpResponse first = get(dev, "/counted");
            HttpResponse second = get(dev, "/counted");

            assertThat(first.bodyText()).isEqualTo("{\"call\": 1}");
            assertThat(second.bodyText()).isEqualTo("{\"call\": 1}");
            assertThat(backend.calls()).isEqualTo(1);
        }

        @Test
        void aHitStillGetsItsOwnRequestIdHeader() {
            HttpResponse first = get(dev, "/pets/1");
            HttpResponse second = get(dev, "/pets/1");

            assertThat(requestIdIn(second)).isEqualTo(requestIdIn(first));
            assertThat(second.header("x-amzn-RequestId")).isNotEqualTo(first.header("x-amzn-RequestId"));
            assertThat(second.header("x-amzn-RequestId")).isPresent();
        }

        @Test
        void parametersThatAreNotCacheKeysDoNotSplitTheCache() {
            HttpResponse dog = get(dev, "/pets/1?type=dog");
            HttpResponse cat = get(dev, "/pets/1?type=cat");

            assertThat(cat.bodyText()).isEqualTo(dog.bodyText()).contains("\"type\": \"dog\"");
        }

        @Test
        void cacheKeyPathParameterSplitsTheCache() {
            HttpResponse one = get(dev, "/pets/1");
            HttpResponse two = get(dev, "/pets/2");

            assertThat(two.bodyText()).contains("\"id\": \"2\"");
            assertThat(requestIdIn(two)).isNotEqualTo(requestIdIn(one));
        }

        @Test
        void cacheKeyQueryAndHeaderParametersSplitTheCache() {
            HttpResponse a1 = dev.invoke(TestApis.request("GET", "/keyed?type=a").header("X-Tenant", "t1").build());
            HttpResponse a1Again = dev.invoke(TestApis.request("GET", "/keyed?type=a").header("X-Tenant", "t1")
                    .build());
            HttpResponse a2 = dev.invoke(TestApis.request("GET", "/keyed?type=a").header("X-Tenant", "t2").build());
            HttpResponse b1 = dev.invoke(TestApis.request("GET", "/keyed?type=b").header("X-Tenant", "t1").build());

            assertThat(requestIdIn(a1Again)).isEqualTo(requestIdIn(a1));
            assertThat(requestIdIn(a2)).isNotEqualTo(requestIdIn(a1));
            assertThat(requestIdIn(b1)).isNotEqualTo(requestIdIn(a1)).isNotEqualTo(requestIdIn(a2));
        }

        @Test
        void resourcesWithTheSameCacheNamespaceShareEntries() {
            HttpResponse a = get(dev, "/shared/a");
            HttpResponse b = get(dev, "/shared/b");

            assertThat(b.bodyText()).isEqualTo(a.bodyText()).contains("\"from\": \"a\"");
        }
    }

    @Nested
    class WhatIsCached {
        @Test
        void postIsNotCachedByDefault() {
            HttpResponse first = dev.invoke(TestApis.request("POST", "/pets/1").build());
            HttpResponse second = dev.invoke(TestApis.request("POST", "/pets/1").build());

            assertThat(requestIdIn(second)).isNotEqualTo(requestIdIn(first));
        }

        @Test
        void methodSettingsCanEnableCachingForPost() {
            HttpResponse first = dev.invoke(TestApis.request("POST", "/orders").build());
            HttpResponse second = dev.invoke(TestApis.request("POST", "/orders").build());

            assertThat(requestIdIn(second)).isEqualTo(requestIdIn(first));
        }

        @Test
        void methodSettingsCanTurnGetCachingOff() {
            assertThat(requestIdIn(get(dev, "/nocache"))).isNotEqualTo(requestIdIn(get(dev, "/nocache")));
            assertThat(dev.cacheStats()).contains(new CacheStats(0, 0));
        }

        @Test
        void errorResponsesAreNotCached() {
            HttpResponse first = get(dev, "/status/500");
            HttpResponse second = get(dev, "/status/500");

            assertThat(first.status()).isEqualTo(500);
            assertThat(requestIdIn(second)).isNotEqualTo(requestIdIn(first));
        }

        @Test
        void responsesOverOneMegabyteAreNotCached() {
            get(dev, "/big");
            Invocation second = dev.execute(TestApis.get("/big"));

            assertThat(backend.calls()).isEqualTo(2);
            assertThat(second.trace()).map(TraceEntry::toString)
                    .anyMatch(t -> t.contains("larger than 1048576 bytes"));
        }

        @Test
        void stageWithItsCacheDisabledDoesNotCache() {
            Simulator off = stage("off");

            assertThat(requestIdIn(get(off, "/pets/1"))).isNotEqualTo(requestIdIn(get(off, "/pets/1")));
            assertThat(off.cacheStats()).isEmpty();
        }

        @Test
        void ttlOfZeroTurnsCachingOff() {
            Simulator zero = stage("zero");

            assertThat(requestIdIn(get(zero, "/pets/1"))).isNotEqualTo(requestIdIn(get(zero, "/pets/1")));
        }
    }

    @Nested
    class TimeToLive {
        @Test
        void entryLivesForTheStageTtl() {
            HttpResponse first = get(dev, "/pets/1");
            clock.advance(Duration.ofSeconds(299));
            HttpResponse before = get(dev, "/pets/1");
            clock.advance(Duration.ofSeconds(2));
            HttpResponse after = get(dev, "/pets/1");

            assertThat(requestIdIn(before)).isEqualTo(requestIdIn(first));
            assertThat(requestIdIn(after)).isNotEqualTo(requestIdIn(first));
        }

        @Test
        void methodTtlOverridesTheStageTtl() {
            HttpResponse first = get(dev, "/short");
            clock.advance(Duration.ofSeconds(9));
            HttpResponse before = get(dev, "/short");
            clock.advance(Duration.ofSeconds(2));
            HttpResponse after = get(dev, "/short");

            assertThat(requestIdIn(before)).isEqualTo(requestIdIn(first));
            assertThat(requestIdIn(after)).isNotEqualTo(requestIdIn(first));
        }
    }

    @Nested
    class Invalidation {
        @Test
        void maxAgeZeroFetchesAFreshResponseAndReplacesTheEntryWhenNoAuthorizationIsRequired() {
            HttpResponse first = get(dev, "/open");
            HttpResponse refreshed = dev.invoke(fresh("/open"));
            HttpResponse after = get(dev, "/open");

            assertThat(requestIdIn(refreshed)).isNotEqualTo(requestIdIn(first));
            assertThat(requestIdIn(after)).isEqualTo(requestIdIn(refreshed));
        }

        @Test
        void unauthorizedMaxAgeZeroIsIgnoredWithAWarningHeaderByDefault() {
            HttpResponse first = get(dev, "/pets/1");
            HttpResponse ignored = dev.invoke(fresh("/pets/1"));

            assertThat(requestIdIn(ignored)).isEqualTo(requestIdIn(first));
            assertThat(ignored.header("Warning")).hasValueSatisfying(w -> assertThat(w).startsWith("199 "));
            assertThat(get(dev, "/pets/1").header("Warning")).isEmpty();
        }

        @Test
        void explicitSucceedWithResponseHeaderAddsTheWarning() {
            HttpResponse first = get(dev, "/warn");
            HttpResponse ignored = dev.invoke(fresh("/warn"));

            assertThat(requestIdIn(ignored)).isEqualTo(requestIdIn(first));
            assertThat(ignored.header("Warning")).isPresent();
        }

        @Test
        void succeedWithoutResponseHeaderIgnoresItSilently() {
            HttpResponse first = get(dev, "/silent");
            HttpResponse ignored = dev.invoke(fresh("/silent"));

            assertThat(requestIdIn(ignored)).isEqualTo(requestIdIn(first));
            assertThat(ignored.header("Warning")).isEmpty();
        }

        @Test
        void failWith403RejectsTheRequest() {
            get(dev, "/strict");
            HttpResponse denied = dev.invoke(fresh("/strict"));

            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.bodyText()).isEqualTo("{\"Message\":\"User is not authorized to access this resource\"}");
            assertThat(denied.header("x-amzn-ErrorType")).contains("AccessDeniedException");
        }

        @Test
        void warningIsAddedAlsoWhenNothingWasCachedYet() {
            HttpResponse ignored = dev.invoke(fresh("/warn"));

            assertThat(ignored.status()).isEqualTo(200);
            assertThat(ignored.header("Warning")).isPresent();
        }
    }

    @Nested
    class HotReload {
        @Test
        void entriesAndCountersSurviveARebuild() {
            HttpResponse first = get(dev, "/pets/1");
            Simulator reloaded = dev.rebuild(PROJECT);
            HttpResponse second = get(reloaded, "/pets/1");

            assertThat(requestIdIn(second)).isEqualTo(requestIdIn(first));
            assertThat(reloaded.cacheStats()).contains(new CacheStats(1, 1));
        }
    }
}
