package dev.apigw.simulator.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.IntegrationResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Selection patterns as AWS's developer guide describes them: a regex over the whole subject, in which {@code .}
 * does not match a newline ("if you use '.+' as the selection pattern ... it may not match a response containing a
 * newline ('\n') character").
 */
class ResponseSelectorTest {
    private static IntegrationResponse response(String pattern, String status) {
        return new IntegrationResponse(pattern, status, Map.of(), Map.of(), Optional.empty(), Map.of());
    }

    private static String selected(List<IntegrationResponse> responses, String subject) {
        return ResponseSelector.select(responses, Optional.of(subject)).map(IntegrationResponse::statusCode)
                .orElse("none");
    }

    @Test
    void dotDoesNotMatchANewlineInAMultiLineErrorMessage() {
        List<IntegrationResponse> responses = List.of(response(".+", "400"), response("default", "200"));
        assertThat(selected(responses, "Malformed input\n  at handler (index.js:3)")).isEqualTo("200");
        assertThat(selected(responses, "Malformed input")).isEqualTo("400");
    }

    @Test
    void newlineAwarePatternMatchesAMultiLineErrorMessage() {
        List<IntegrationResponse> responses = List.of(response("Malformed(\\n|.)*", "400"),
                response("default", "200"));
        assertThat(selected(responses, "Malformed input\n  at handler (index.js:3)")).isEqualTo("400");
    }

    @Test
    void patternMustMatchTheWholeSubject() {
        List<IntegrationResponse> responses = List.of(response("4\\d{2}", "400"), response("default", "200"));
        assertThat(selected(responses, "4040")).isEqualTo("200");
        assertThat(selected(responses, "404")).isEqualTo("400");
    }

    @Test
    void invalidPatternNeverMatches() {
        List<IntegrationResponse> responses = List.of(response("([", "400"), response("default", "200"));
        assertThat(selected(responses, "([")).isEqualTo("200");
    }
}
