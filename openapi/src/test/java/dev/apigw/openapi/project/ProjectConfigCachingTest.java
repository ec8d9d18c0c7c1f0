package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.UnauthorizedCacheControlHeaderStrategy;
import dev.apigw.openapi.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** The caching part of a stage's {@code methodSettings} in {@code apigw.yaml}. */
class ProjectConfigCachingTest {
    private static ProjectConfig read(String yaml) {
        return ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
    }

    @Test
    void readsEveryCachingSetting() {
        ProjectConfig config = read("""
                stages:
                  dev:
                    cache: { enabled: true, size: "1.6", ttlInSeconds: 120 }
                    methodSettings:
                      "GET /pets":
                        caching:
                          enabled: true
                          ttlInSeconds: 60
                          requireAuthorizationForCacheControl: true
                          unauthorizedCacheControlHeaderStrategy: fail_with_403
                """);
        MethodSettings pets = config.stage("dev").methodSettings().get("GET /pets");

        assertThat(pets.cachingEnabled()).contains(true);
        assertThat(pets.cacheTtlInSeconds()).contains(60);
        assertThat(pets.requireAuthorizationForCacheControl()).contains(true);
        assertThat(pets.unauthorizedCacheControlHeaderStrategy())
                .contains(UnauthorizedCacheControlHeaderStrategy.FAIL_WITH_403);
        assertThat(config.stage("dev").cache().orElseThrow().size()).isEqualTo("1.6");
    }

    @Test
    void strategyIsOptional() {
        ProjectConfig config = read("""
                stages:
                  dev:
                    methodSettings:
                      "* /*": { caching: { enabled: false } }
                """);

        assertThat(config.stage("dev").methodSettings().get("* /*").unauthorizedCacheControlHeaderStrategy())
                .isEmpty();
    }

    @Test
    void unknownStrategyIsAnErrorAtItsPlace() {
        assertThatThrownBy(() -> read("""
                stages:
                  dev:
                    methodSettings:
                      "GET /pets": { caching: { unauthorizedCacheControlHeaderStrategy: DENY } }
                """))
                .isInstanceOf(ApigwException.class)
                .satisfies(e -> assertThat(((ApigwException) e).diagnostics().toString())
                        .contains("unknown unauthorizedCacheControlHeaderStrategy 'DENY'")
                        .contains("FAIL_WITH_403"));
    }
}
