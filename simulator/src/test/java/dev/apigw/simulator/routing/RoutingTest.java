package dev.apigw.simulator.routing;

import static dev.apigw.simulator.TestApis.get;
import static dev.apigw.simulator.TestApis.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final Simulator simulator = TestApis.simulator("routing.yaml");

    private String resourceOf(HttpRequest request) {
        Invocation inv = simulator.execute(request);
        assertThat(inv.response().orElseThrow().status()).as(inv.trace().toString()).isEqualTo(200);
        return inv.resource().orElseThrow().path();
    }

    @Nested
    class Matching {
        @Test
        void staticSegmentBeatsPathParameter() {
            assertThat(resourceOf(get("/pets/mine"))).isEqualTo("/pets/mine");
        }

        @Test
        void pathParameterMatchesAnyOtherSegment() {
            Invocation inv = simulator.execute(get("/pets/7"));
            assertThat(inv.resource().orElseThrow().path()).isEqualTo("/pets/{petId}");
            assertThat(inv.pathParameters()).containsEntry("petId", "7");
        }

        @Test
        void backtracksFromStaticSegmentWhenItLeadsNowhere() {
            Invocation inv = simulator.execute(get("/pets/mine/toys"));
            assertThat(inv.resource().orElseThrow().path()).isEqualTo("/pets/{petId}/toys");
            assertThat(inv.pathParameters()).containsEntry("petId", "mine");
        }

        @Test
        void greedyProxyTakesTheRestOfThePath() {
            Invocation inv = simulator.execute(get("/files/a/b/c.txt"));
            assertThat(inv.resource().orElseThrow().path()).isEqualTo("/files/{proxy+}");
            assertThat(inv.pathParameters()).containsEntry("proxy", "a/b/c.txt");
        }

        @Test
        void staticBeatsGreedyProxy() {
            assertThat(resourceOf(get("/files/readme"))).isEqualTo("/files/readme");
        }

        @Test
        void greedyProxyDoesNotMatchItsParentAlone() {
            assertThat(simulator.invoke(get("/files")).status()).isEqualTo(403);
        }

        @Test
        void anyMethodServesEveryHttpMethod() {
            assertThat(resourceOf(request("DELETE", "/files/x").build())).isEqualTo("/files/{proxy+}");
        }

        @Test
        void trailingSlashMatchesTheSameResource() {
            assertThat(resourceOf(get("/pets/"))).isEqualTo("/pets");
        }

        @Test
        void trailingSlashIsLeftOutOfTheGreedyValue() {
            // Recorded against AWS: /test-path/ gives proxy "test-path" (the event's path keeps the slash).
            assertThat(simulator.execute(get("/files/a/")).pathParameters()).containsEntry("proxy", "a");
        }

        @Test
        void rootResourceMatchesSlash() {
            assertThat(resourceOf(get("/"))).isEqualTo("/");
        }

        @Test
        void staticSegmentsAreComparedUrlDecoded() {
            assertThat(resourceOf(get("/caf%C3%A9"))).isEqualTo("/café");
        }

        @Test
        void pathParametersStayUrlEncoded() {
            assertThat(simulator.execute(get("/pets/a%20b+c")).pathParameters()).containsEntry("petId", "a%20b+c");
        }
    }

    @Nested
    class NoMatch {
        @Test
        void returns403MissingAuthenticationTokenForUnknownPath() {
            HttpResponse response = simulator.invoke(get("/owners"));
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
            assertThat(response.header("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
            assertThat(response.header("Content-Type")).hasValue("application/json");
        }

        @Test
        void returns403MissingAuthenticationTokenForMethodTheResourceLacks() {
            HttpResponse response = simulator.invoke(request("DELETE", "/pets").build());
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.bodyText()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        }

        @Test
        void pathsAreCaseSensitive() {
            assertThat(simulator.invoke(get("/PETS")).status()).isEqualTo(403);
        }

        @Test
        void traceNamesTheClosestResource() {
            Invocation inv = simulator.execute(get("/Pets"));
            assertThat(inv.trace().toString()).contains("closest is /pets").contains("case-sensitive");
        }

        @Test
        void traceNamesTheMethodsAResourceHas() {
            Invocation inv = simulator.execute(request("PUT", "/pets/1").build());
            assertThat(inv.trace().toString()).contains("/pets/{petId} matches but has no PUT method (it has GET)");
        }

        @Test
        void everyResponseCarriesRequestIdHeaders() {
            Invocation inv = simulator.execute(get("/nothing"));
            HttpResponse response = inv.response().orElseThrow();
            assertThat(response.header("x-amzn-RequestId")).hasValue(inv.requestId());
            assertThat(response.header("x-amz-apigw-id")).hasValueSatisfying(id -> assertThat(id).endsWith("="));
        }
    }
}
