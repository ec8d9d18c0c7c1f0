package dev.apigw.openapi.iac.sam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.openapi.json.Json;
import org.junit.jupiter.api.Test;

/** SAM's Globals merge: maps merge, lists append, scalars and mismatched kinds take the resource's value. */
class SamGlobalsTest {

    private static JsonNode json(String text) {
        try {
            return Json.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String merged(String global, String local) {
        return SamGlobals.merge(json(global), json(local)).toString();
    }

    @Test
    void merges_maps_key_by_key() {
        assertThat(merged("{\"Variables\":{\"A\":\"1\",\"B\":\"2\"}}", "{\"Variables\":{\"B\":\"3\",\"C\":\"4\"}}"))
                .isEqualTo("{\"Variables\":{\"A\":\"1\",\"B\":\"3\",\"C\":\"4\"}}");
    }

    @Test
    void appends_lists_keeping_duplicates() {
        assertThat(merged("{\"L\":[\"a\",\"b\"]}", "{\"L\":[\"a\",\"c\"]}")).isEqualTo("{\"L\":[\"a\",\"b\",\"a\",\"c\"]}");
    }

    @Test
    void lets_the_resource_win_for_scalars_and_different_kinds() {
        assertThat(merged("{\"S\":\"global\",\"K\":[\"x\"]}", "{\"S\":\"local\",\"K\":{\"y\":1}}"))
                .isEqualTo("{\"S\":\"local\",\"K\":{\"y\":1}}");
        assertThat(merged("{\"Cors\":{\"AllowOrigin\":\"'*'\"}}", "{\"Cors\":\"'https://example.com'\"}"))
                .isEqualTo("{\"Cors\":\"'https://example.com'\"}");
    }

    @Test
    void treats_an_intrinsic_function_as_a_scalar() {
        assertThat(merged("{\"V\":{\"Fn::Sub\":\"x\"}}", "{\"V\":{\"Ref\":\"Y\"}}")).isEqualTo("{\"V\":{\"Ref\":\"Y\"}}");
    }

    @Test
    void reads_the_implicit_apis_settings_from_globals() {
        var apis = SamFixtures.read("openapi3-app.yaml");
        assertThat(apis).allSatisfy(api -> assertThat(api.config().usagePlans()).hasSize(1));
    }
}
