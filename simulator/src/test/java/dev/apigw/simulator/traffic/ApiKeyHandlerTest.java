package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.model.project.ApiProject;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import dev.apigw.simulator.routing.ResourceTree;
import dev.apigw.simulator.routing.RouteHandler;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The API key step on its own, over an invocation the route step matched. */
class ApiKeyHandlerTest {
    private static Invocation routed(ApiProject project, String stage, HttpRequest request) {
        Deployment deployment = Deployment.of(project.api(), project.config(), project.config().stage(stage));
        Invocation inv = new Invocation(request, deployment, TrafficFixture.T0);
        new RouteHandler(new ResourceTree(project.api().resources())).handle(inv);
        return inv;
    }

    private static ApiKeyHandler handler(ApiProject project, String stage) {
        return new ApiKeyHandler(TrafficState.inMemory(), Deployment.of(project.api(), project.config(),
                project.config().stage(stage)));
    }

    @Nested
    class HeaderSource {
        private final ApiProject project = TrafficFixture.project();

        @Test
        void letsAValidKeyThroughAndIdentifiesIt() {
            Invocation inv = routed(project, "dev", TrafficFixture.get("/keyed", TrafficFixture.GOLD));
            assertThat(handler(project, "dev").handle(inv)).isEqualTo(Outcome.CONTINUE);
            assertThat(inv.identity()).containsEntry("apiKey", TrafficFixture.GOLD)
                    .containsEntry("apiKeyId", TrafficIds.apiKeyId("gold-key"));
        }

        @Test
        void aMissingKeyIsAnInvalidApiKey() {
            Invocation inv = routed(project, "dev", TrafficFixture.get("/keyed"));
            assertThatThrownBy(() -> handler(project, "dev").handle(inv))
                    .isInstanceOfSatisfying(GatewayResponseException.class, e -> {
                        assertThat(e.type()).isEqualTo(GatewayResponseType.INVALID_API_KEY);
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.defaultBody()).isEqualTo("{\"message\":\"Forbidden\"}");
                        assertThat(e.errorType()).contains("ForbiddenException");
                    });
            assertThat(inv.trace().toString()).contains("API Key not found");
        }

        @Test
        void methodsThatDoNotRequireAKeyIgnoreIt() {
            Invocation inv = routed(project, "dev", TrafficFixture.get("/open", TrafficFixture.STRAY));
            assertThat(handler(project, "dev").handle(inv)).isEqualTo(Outcome.CONTINUE);
            assertThat(inv.identity()).doesNotContainKey("apiKey");
        }

        @Test
        void itsExecutionLogNeverShowsTheWholeKey() {
            String unknown = "unknown-0123456789abcdefwxyz";
            Invocation inv = routed(project, "dev", TrafficFixture.get("/keyed", unknown));
            assertThatThrownBy(() -> handler(project, "dev").handle(inv))
                    .isInstanceOf(GatewayResponseException.class);
            assertThat(inv.trace()).filteredOn(e -> e.step().equals("api key")).singleElement()
                    .satisfies(e -> assertThat(e.message()).doesNotContain(unknown).contains("*wxyz")
                            .contains("does not exist"));
        }

        @Test
        void aKeyInNoPlanForTheStageIsRefused() {
            Invocation inv = routed(project, "dev", TrafficFixture.get("/keyed", TrafficFixture.STRAY));
            assertThatThrownBy(() -> handler(project, "dev").handle(inv))
                    .isInstanceOf(GatewayResponseException.class);
            assertThat(inv.trace().toString()).contains("not associated with a usage plan for stage dev");
            assertThat(inv.identity()).doesNotContainKey("apiKey");
        }

        @Test
        void masksAllButTheLastFourCharacters() {
            assertThat(ApiKeyHandler.masked("abcdefgh12345678")).isEqualTo("************5678");
            assertThat(ApiKeyHandler.masked("ab")).isEqualTo("**");
        }
    }

    @Nested
    class AuthorizerSource {
        private final ApiProject project = TestApis.load("traffic-authorizer/apigw.yaml");

        @Test
        void takesTheKeyTheAuthorizerReturned() {
            Invocation inv = routed(project, "dev", TrafficFixture.get("/keyed"));
            inv.usageIdentifierKey("partner-0123456789abcdefgh");
            handler(project, "dev").handle(inv);
            assertThat(inv.identity()).containsEntry("apiKeyId", TrafficIds.apiKeyId("partner"));
        }

        @Test
        void ignoresTheHeader() {
            Invocation inv = routed(project, "dev", TrafficFixture.get("/keyed", "partner-0123456789abcdefgh"));
            assertThatThrownBy(() -> handler(project, "dev").handle(inv))
                    .isInstanceOfSatisfying(GatewayResponseException.class,
                            e -> assertThat(e.type()).isEqualTo(GatewayResponseType.INVALID_API_KEY));
            assertThat(inv.trace().toString()).contains("usageIdentifierKey");
        }
    }
}
