package dev.apigw.simulator.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code requestParameters} as AWS's "Parameter mapping source reference for REST APIs" lists the sources. */
class RequestParameterMappingTest {
    private static final Simulator SIMULATOR = TestApis.simulator("request-parameters.yaml");

    private static IntegrationRequest mapped(HttpRequest request) {
        Invocation inv = SIMULATOR.execute(request);
        assertThat(inv.response().orElseThrow().status()).as(inv.trace().toString()).isEqualTo(200);
        return inv.integrationRequest().orElseThrow();
    }

    private static HttpRequest.Builder post(String target) {
        return HttpRequest.builder("POST", target);
    }

    @Test
    void multiValueQueryStringSendsEveryValueToTheIntegrationQueryString() {
        IntegrationRequest r = mapped(post("/map/7?m=1&m=2").build());
        assertThat(r.query().get("all")).containsExactly("1", "2");
    }

    @Test
    void singleValueQueryStringSendsTheLastValue() {
        assertThat(mapped(post("/map/7?m=1&m=2").build()).query().get("last")).containsExactly("2");
    }

    @Test
    void multiValueHeaderSendsTheValuesCommaJoined() {
        IntegrationRequest r = mapped(post("/map/7").header("X-M", "a").header("X-M", "b").build());
        assertThat(r.headers().get("X-All")).containsExactly("a,b");
        assertThat(r.headers().get("X-Last")).containsExactly("b");
    }

    @Test
    void absentSourcesLeaveTheTargetOut() {
        IntegrationRequest r = mapped(post("/map/7").build());
        assertThat(r.query()).doesNotContainKeys("absent", "absentMulti", "all", "last");
        assertThat(r.headers()).doesNotContainKeys("X-Absent", "X-All", "X-Last", "X-Field");
    }

    @Test
    void literalContextPathAndBodySourcesAreMapped() {
        IntegrationRequest r = mapped(post("/map/7").body("{\"a\": {\"b\": \"deep\"}}").build());
        assertThat(r.headers().get("X-Literal")).containsExactly("static value");
        assertThat(r.headers().get("X-Method")).containsExactly("POST");
        assertThat(r.headers().get("X-Resource")).containsExactly("/map/{id}");
        assertThat(r.headers().get("X-Id")).containsExactly("7");
        assertThat(r.headers().get("X-Field")).containsExactly("deep");
    }

    @Test
    void contentTypeWithCharsetSelectsTheJsonTemplate() {
        IntegrationRequest r = mapped(post("/map/7").header("Content-Type", "Application/JSON; charset=UTF-8")
                .body("{}").build());
        assertThat(r.bodyText()).isEqualTo("{\"statusCode\": 200}");
        assertThat(List.of(r.httpMethod())).containsExactly("POST");
    }
}
