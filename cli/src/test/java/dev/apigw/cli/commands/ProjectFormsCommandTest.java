package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every command does with a WebSocket project, and with a stage the project does not have. */
class ProjectFormsCommandTest {
    private static final String CHAT = Path.of("..", "samples", "chat").toString();
    private static final String PETSTORE = Path.of("..", "samples", "petstore").toString();

    @Nested
    class WebSocketProject {
        @Test
        void routesListsEveryRouteWithItsIntegration() {
            CliRun run = CliRun.of("routes", CHAT);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("(WEBSOCKET API)").containsPattern("\\$connect\\s+\\w+")
                    .containsPattern("\\$disconnect\\s+\\w+").doesNotContain(" 0 route(s)");
        }

        @Test
        void routesAsJsonCarriesTheRouteKeys() {
            CliRun run = CliRun.of("routes", CHAT, "--output", "json");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("\"$connect\"");
        }

        @Test
        void invokeSaysPlainlyThatItSendsHttpRequestsOnly() {
            CliRun run = CliRun.of("invoke", CHAT, "GET", "/");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("a WebSocket API takes messages on a connection")
                    .contains("apigw serve").doesNotContain("Missing Authentication Token");
        }

        @Test
        void describePointsToTheRoutes() {
            CliRun run = CliRun.of("describe", CHAT, "GET", "/");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("has routes, not methods").contains("$connect");
        }
    }

    @Nested
    class UnknownStage {
        @Test
        void invokeWithAStageTheProjectLacksListsItsStages() {
            CliRun run = CliRun.of("invoke", PETSTORE, "GET", "/pets", "--stage", "prd");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("unknown stage prd").contains("dev");
        }

        @Test
        void serveWithAStageTheProjectLacksDoesNotStart() {
            CliRun run = CliRun.of("serve", PETSTORE, "--stage", "prd", "--port", "0", "--no-reload");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("unknown stage prd").contains("dev");
            assertThat(run.out()).doesNotContain("apigw: serving");
        }
    }
}
