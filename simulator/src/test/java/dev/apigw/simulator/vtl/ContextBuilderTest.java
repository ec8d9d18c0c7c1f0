package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextBuilderTest {

    @Test
    void defaultsHaveEveryVariableApiGatewaySets() {
        Map<String, Object> context = ContextBuilder.defaults().build();
        assertThat(context).containsKeys("requestId", "extendedRequestId", "accountId", "apiId", "stage", "resourceId",
                "resourcePath", "httpMethod", "path", "protocol", "requestTime", "requestTimeEpoch", "domainName",
                "domainPrefix", "identity", "authorizer", "awsEndpointRequestId", "xrayTraceId");
        assertThat(context.get("accountId")).isEqualTo("123456789012");
        assertThat((String) context.get("requestId")).matches("[0-9a-f-]{36}");
        assertThat((String) context.get("requestTime")).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
        assertThat(context.get("requestTimeEpoch")).isInstanceOf(Long.class);
        assertThat(((Map<?, ?>) context.get("identity")).containsKey("sourceIp")).isTrue();
        assertThat(((Map<?, ?>) context.get("identity")).containsKey("userAgent")).isTrue();
    }

    @Test
    void eachDefaultsCallHasAFreshRequestId() {
        assertThat(ContextBuilder.defaults().build().get("requestId"))
                .isNotEqualTo(ContextBuilder.defaults().build().get("requestId"));
    }

    @Test
    void requestTimeSetsClfAndEpochMillisInUtc() {
        Map<String, Object> context = ContextBuilder.defaults().requestTime(Instant.parse("2016-09-14T22:15:39.123Z"))
                .build();
        assertThat(context.get("requestTime")).isEqualTo("14/Sep/2016:22:15:39 +0000");
        assertThat(context.get("requestTimeEpoch")).isEqualTo(1473891339123L);
    }

    @Test
    void pathAndDomainAreDerivedFromStageResourceAndApi() {
        Map<String, Object> context = ContextBuilder.defaults().apiId("x1y2z3").stage("beta").resourcePath("/pets/{id}")
                .region("eu-west-1").build();
        assertThat(context.get("path")).isEqualTo("/beta/pets/{id}");
        assertThat(context.get("domainName")).isEqualTo("x1y2z3.execute-api.eu-west-1.amazonaws.com");
        assertThat(context.get("domainPrefix")).isEqualTo("x1y2z3");
    }

    @Test
    void explicitPathIsKept() {
        assertThat(ContextBuilder.defaults().path("/beta/pets/7").resourcePath("/pets/{id}").build().get("path"))
                .isEqualTo("/beta/pets/7");
    }

    @Test
    void dottedAssignmentsOverrideKeyByKey() {
        Map<String, Object> context = ContextBuilder.defaults()
                .apply("authorizer.principalId=u1")
                .apply("identity.sourceIp=10.0.0.1")
                .apply("authorizer.claims.email=a@b.c")
                .apply("requestTimeEpoch=42")
                .build();
        assertThat(((Map<?, ?>) context.get("authorizer")).get("principalId")).isEqualTo("u1");
        assertThat(((Map<?, ?>) ((Map<?, ?>) context.get("authorizer")).get("claims")).get("email")).isEqualTo("a@b.c");
        assertThat(((Map<?, ?>) context.get("identity")).get("sourceIp")).isEqualTo("10.0.0.1");
        assertThat(((Map<?, ?>) context.get("identity")).get("userAgent")).isEqualTo("apigw-local");
        assertThat(context.get("requestTimeEpoch")).isEqualTo(42L);
    }

    @Test
    void authorizerValuesAreStringified() {
        Map<String, Object> context = ContextBuilder.defaults().set("authorizer.numKey", 1)
                .set("authorizer.boolKey", true).build();
        Map<?, ?> authorizer = (Map<?, ?>) context.get("authorizer");
        assertThat(authorizer.get("numKey")).isEqualTo("1");
        assertThat(authorizer.get("boolKey")).isEqualTo("true");
    }

    @Test
    void mergeTakesNestedMaps() {
        Map<String, Object> context = ContextBuilder.empty()
                .merge(Map.of("error", Map.of("message", "Forbidden"), "stage", "v1")).build();
        assertThat(context).isEqualTo(Map.of("error", Map.of("message", "Forbidden"), "stage", "v1"));
    }

    @Test
    void malformedAssignmentIsRejected() {
        assertThatThrownBy(() -> ContextBuilder.defaults().apply("noequals"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key.path=value");
        assertThatThrownBy(() -> ContextBuilder.defaults().apply("stage.x=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already holds a value");
    }

    @Test
    void builtContextIsUnmodifiable() {
        Map<String, Object> context = ContextBuilder.defaults().build();
        assertThatThrownBy(() -> context.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
