package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.project.LoggingSettings;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.openapi.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** A stage's execution {@code logging} in {@code apigw.yaml}. */
class ProjectConfigLoggingTest {
    private static ProjectConfig read(String yaml) {
        return ProjectConfigReader.read(SourceDocument.parse("apigw.yaml", yaml));
    }

    @Test
    void readsTheLevelAndDataTrace() {
        ProjectConfig config = read("""
                stages:
                  dev: { logging: { level: info, dataTrace: true } }
                  prod: {}
                """);

        assertThat(config.stage("dev").logging()).contains(new LoggingSettings("info", true));
        assertThat(config.stage("prod").logging()).isEmpty();
    }

    @Test
    void aBareOffIsTheLevelOffThoughYamlReadsItAsFalse() {
        ProjectConfig config = read("""
                stages:
                  dev: { logging: { level: OFF } }
                  test: { logging: { dataTrace: true } }
                """);

        assertThat(config.stage("dev").logging()).contains(new LoggingSettings("OFF", false));
        assertThat(config.stage("test").logging()).contains(new LoggingSettings("INFO", true));
    }

    @Test
    void anUnknownLevelIsAnErrorAtItsPlace() {
        assertThatThrownBy(() -> read("""
                stages:
                  dev:
                    logging: { level: DEBUG }
                """))
                .isInstanceOf(ApigwException.class)
                .satisfies(e -> assertThat(((ApigwException) e).diagnostics().toString())
                        .contains("unknown logging level 'DEBUG'")
                        .contains("use OFF, ERROR"));
    }
}
