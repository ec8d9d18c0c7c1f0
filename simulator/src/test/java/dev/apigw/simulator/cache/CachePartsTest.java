package dev.apigw.simulator.cache;

import dev.apigw.simulator.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.UnauthorizedCacheControlHeaderStrategy;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.integration.IntegrationHandler;
import dev.apigw.simulator.integration.MockIntegrator;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import dev.apigw.simulator.mapping.RequestMappingHandler;
import dev.apigw.simulator.mapping.ResponseMappingHandler;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import dev.apigw.simulator.pipeline.Pipeline;
import dev.apigw.simulator.routing.ResourceTree;
import dev.apigw.simulator.routing.RouteHandler;
import dev.apigw.simulator.vtl.VtlEngine;
import dev.apigw.model.api.IntegrationType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cache's parts alone: settings resolution, capacity, the Caffeine store, authorized invalidation. */
class CachePartsTest {
    private static Stage stage(CacheSettings cache, Map<String, MethodSettings> methodSettings) {
        return new Stage("dev", Map.of(), Optional.empty(), Optional.of(cache), Optional.empty(), Optional.empty(),
                methodSettings);
    }

    private static MethodSettings caching(Boolean enabled, Integer ttl) {
        return new MethodSettings(Optional.empty(), Optional.ofNullable(enabled), Optional.ofNullable(ttl),
                Optional.empty());
    }

    @Nested
    class Settings {
        @Test
        void stageCacheCachesGetMethodsOnlyByDefault() {
            Stage s = stage(new CacheSettings(true, "0.5", 300), Map.of());

            assertThat(MethodCaching.of(s, "GET", "/a").enabled()).isTrue();
            assertThat(MethodCaching.of(s, "POST", "/a").enabled()).isFalse();
            assertThat(MethodCaching.of(s, "ANY", "/a").enabled()).isFalse();
        }

        @Test
        void nothingIsCachedWhenTheStageCacheIsOff() {
            Stage s = stage(new CacheSettings(false, "0.5", 300), Map.of("GET /a", caching(true, 60)));

            assertThat(MethodCaching.of(s, "GET", "/a")).isEqualTo(MethodCaching.OFF);
        }

        @Test
        void methodEntryWinsOverTheStageWideEntry() {
            Stage s = stage(new CacheSettings(true, "0.5", 300), Map.of("* /*", caching(false, 100),
                    "GET /a", caching(true, null)));

            MethodCaching a = MethodCaching.of(s, "GET", "/a");
            assertThat(a.enabled()).isTrue();
            assertThat(a.ttlSeconds()).isEqualTo(100);
            assertThat(MethodCaching.of(s, "GET", "/b").enabled()).isFalse();
        }

        @Test
        void ttlIsCappedAtAnHourAndZeroTurnsCachingOff() {
            Stage s = stage(new CacheSettings(true, "0.5", 300), Map.of("GET /long", caching(null, 7200),
                    "GET /zero", caching(null, 0)));

            assertThat(MethodCaching.of(s, "GET", "/long").ttlSeconds()).isEqualTo(3600);
            assertThat(MethodCaching.of(s, "GET", "/zero").enabled()).isFalse();
        }

        @Test
        void invalidationNeedsAuthorizationAndWarnsByDefault() {
            MethodCaching c = MethodCaching.of(stage(new CacheSettings(true, "0.5", 300), Map.of()), "GET", "/a");

            assertThat(c.requireAuthorization()).isTrue();
            assertThat(c.strategy()).isEqualTo(UnauthorizedCacheControlHeaderStrategy.SUCCEED_WITH_RESPONSE_HEADER);
        }
    }

    @Nested
    class Capacity {
        @Test
        void awsSizesMapToABoundedByteBudget() {
            assertThat(CacheCapacity.bytesFor("0.5")).isEqualTo(16L * 1024 * 1024);
            assertThat(CacheCapacity.bytesFor("1.6")).isEqualTo(Math.round(1.6 * 32 * 1024 * 1024));
            assertThat(CacheCapacity.bytesFor("237")).isEqualTo(256L * 1024 * 1024);
            assertThat(CacheCapacity.bytesFor("7")).isEqualTo(CacheCapacity.bytesFor("0.5"));
        }

        @Test
        void caffeineStoreEvictsBeyondItsByteBudget() {
            CaffeineResponseCache cache = new CaffeineResponseCache(2_000, new MutableClock(Instant.EPOCH));
            for (int i = 0; i < 5; i++) {
                cache.put("k" + i, new HttpResponse(200, Map.of(), new byte[600]), Duration.ofSeconds(60));
            }

            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }

        @Test
        void caffeineStoreExpiresByTheInjectedClock() {
            MutableClock clock = new MutableClock(Instant.EPOCH);
            CaffeineResponseCache cache = new CaffeineResponseCache(10_000, clock);
            cache.put("k", new HttpResponse(200, Map.of(), new byte[1]), Duration.ofSeconds(5));

            clock.advance(Duration.ofSeconds(4));
            assertThat(cache.get("k")).isPresent();
            clock.advance(Duration.ofSeconds(2));
            assertThat(cache.get("k")).isEmpty();
        }

        @Test
        void changingTheCacheSizeStartsAnEmptyCache() {
            StageCaches caches = new StageCaches();
            MutableClock clock = new MutableClock(Instant.EPOCH);
            StageCache small = caches.forStage("dev", "0.5", clock);

            assertThat(caches.forStage("dev", "0.5", clock)).isSameAs(small);
            assertThat(caches.forStage("dev", "1.6", clock)).isNotSameAs(small);
        }
    }

    @Nested
    class AuthorizedInvalidation {
        /** The cache steps around a MOCK integration, with a step before them marking the caller IAM-signed. */
        private Pipeline pipeline(Deployment deployment, StageCache cache, boolean signed) {
            VtlEngine vtl = new VtlEngine();
            BinaryMediaTypes binary = new BinaryMediaTypes(List.of());
            return new Pipeline(List.of(
                    new RouteHandler(new ResourceTree(deployment.api().resources())),
                    inv -> {
                        if (signed) {
                            inv.identify("accessKey", "AKIDEXAMPLE");
                        }
                        return Outcome.CONTINUE;
                    },
                    new CacheLookupHandler(cache, new CachePolicy(deployment.stage())),
                    new RequestMappingHandler(vtl, binary),
                    new IntegrationHandler(Map.of(IntegrationType.MOCK, new MockIntegrator())),
                    new CacheStoreHandler(cache, new CachePolicy(deployment.stage()),
                            new ResponseMappingHandler(vtl, binary))));
        }

        private String run(Pipeline pipeline, Deployment deployment, boolean fresh) {
            var builder = TestApis.request("GET", "/strict");
            if (fresh) {
                builder.header("Cache-Control", "no-store, max-age=0");
            }
            Invocation inv = new Invocation(builder.build(), deployment, Instant.EPOCH);
            pipeline.run(inv);
            assertThat(inv.response().orElseThrow().status()).isEqualTo(200);
            return inv.response().orElseThrow().bodyText();
        }

        @Test
        void iamSignedCallerInvalidatesEvenUnderFailWith403() {
            ApiProject project = TestApis.load("cache/apigw.yaml");
            Deployment deployment = Deployment.of(project.api(), project.config(), project.config().stage("dev"));
            StageCache cache = new StageCaches().forStage("dev", "0.5", new MutableClock(Instant.EPOCH));
            String first = run(pipeline(deployment, cache, false), deployment, false);
            String fresh = run(pipeline(deployment, cache, true), deployment, true);
            String after = run(pipeline(deployment, cache, false), deployment, false);

            assertThat(fresh).isNotEqualTo(first);
            assertThat(after).isEqualTo(fresh);
            assertThat(cache.stats()).isEqualTo(new CacheStats(1, 2));
        }
    }
}
