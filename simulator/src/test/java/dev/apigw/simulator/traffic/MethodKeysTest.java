package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodKeysTest {
    @Test
    void theExactMethodWinsOverWildcards() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("* /*", "all");
        settings.put("* /pets", "any method of /pets");
        settings.put("GET /pets", "get pets");
        MethodKeys<String> keys = MethodKeys.of(settings);
        assertThat(keys.find("GET", "GET", "/pets")).contains("get pets");
        assertThat(keys.find("POST", "POST", "/pets")).contains("any method of /pets");
        assertThat(keys.find("GET", "GET", "/toys")).contains("all");
    }

    @Test
    void anAnyMethodIsFoundByTheRequestVerbOrAsAny() {
        assertThat(MethodKeys.of(Map.of("ANY /files", "any")).find("PUT", "ANY", "/files")).contains("any");
        assertThat(MethodKeys.of(Map.of("PUT /files", "put")).find("PUT", "ANY", "/files")).contains("put");
    }

    @Test
    void readsAwsMethodSettingsPaths() {
        assertThat(MethodKeys.of(Map.of("/pets/GET", "x")).find("GET", "GET", "/pets")).contains("x");
        assertThat(MethodKeys.of(Map.of("~1pets~1{id}/GET", "x")).find("GET", "GET", "/pets/{id}")).contains("x");
        assertThat(MethodKeys.of(Map.of("*/*", "x")).find("DELETE", "DELETE", "/a/b")).contains("x");
        assertThat(MethodKeys.of(Map.of("~1/GET", "x")).find("GET", "GET", "/")).contains("x");
    }

    @Test
    void verbsAreCaseInsensitive() {
        assertThat(MethodKeys.of(Map.of("get /pets", "x")).find("GET", "GET", "/pets")).contains("x");
    }

    @Test
    void nothingMatchesAnotherMethodOrPath() {
        MethodKeys<String> keys = MethodKeys.of(Map.of("GET /pets", "x", "garbage", "y"));
        assertThat(keys.find("POST", "POST", "/pets")).isEmpty();
        assertThat(keys.find("GET", "GET", "/pets/{id}")).isEmpty();
    }
}
