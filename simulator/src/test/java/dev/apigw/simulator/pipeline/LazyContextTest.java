package dev.apigw.simulator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.simulator.TestApis;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** $context is worked out entry by entry; read one by one or listed, it is the same map. */
class LazyContextTest {
    private final Invocation inv = TestApis.simulator("routing.yaml").execute(TestApis.get("/pets/7"));

    @Test
    void listsEveryEntryInApiGatewaysOrder() {
        assertThat(inv.context().keySet()).containsExactly("accountId", "apiId", "authorizer", "deploymentId",
                "domainName", "domainPrefix", "extendedRequestId", "httpMethod", "identity", "path", "protocol",
                "requestId", "requestTime", "requestTimeEpoch", "resourceId", "resourcePath", "stage");
    }

    @Test
    void anEntryReadAloneEqualsTheListedOne() {
        Map<String, Object> context = inv.context();
        Map<String, Object> oneByOne = new LinkedHashMap<>();
        context.keySet().forEach(name -> oneByOne.put(name, context.get(name)));

        assertThat(new LinkedHashMap<>(context)).isEqualTo(oneByOne);
        assertThat(context.get("requestId")).isEqualTo(inv.requestId());
        assertThat(context.get("resourcePath")).isEqualTo("/pets/{petId}");
        assertThat(context.get("path")).isEqualTo("/dev/pets/7");
    }

    @Test
    void anEntryIsWorkedOutOnceAndThenKept() {
        Map<String, Object> context = inv.context();

        assertThat(context.get("identity")).isSameAs(context.get("identity"));
        assertThat(context.get("requestTime")).isSameAs(context.get("requestTime"));
    }

    @Test
    void unknownNamesAreAbsent() {
        assertThat(inv.context().get("nope")).isNull();
        assertThat(inv.context().containsKey("nope")).isFalse();
        assertThat(inv.context().containsKey("routeKey")).as("REST APIs have no routeKey").isFalse();
        assertThat(inv.context().containsKey("stage")).isTrue();
    }
}
