package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateInputTest {

    @Test
    void emptyHasNoNullParts() {
        TemplateInput empty = TemplateInput.empty();
        assertThat(empty.body()).isEmpty();
        assertThat(empty.pathParameters()).isEmpty();
        assertThat(empty.queryParameters()).isEmpty();
        assertThat(empty.headers()).isEmpty();
        assertThat(empty.stageVariables()).isEmpty();
        assertThat(empty.context()).isEmpty();
    }

    @Test
    void nullsBecomeEmpty() {
        TemplateInput input = new TemplateInput(null, null, null, null, null, null);
        assertThat(input.body()).isEmpty();
        assertThat(input.headers()).isEmpty();
    }

    @Test
    void repeatedValuesAreKeptInOrder() {
        TemplateInput input = TemplateInput.builder().queryParameter("a", "1").queryParameter("b", "x")
                .queryParameter("a", "2").header("H", "v1").header("H", "v2").build();
        assertThat(input.queryParameters()).containsExactly(Map.entry("a", List.of("1", "2")), Map.entry("b", List.of("x")));
        assertThat(input.headers().get("H")).containsExactly("v1", "v2");
    }

    @Test
    void mapsAreUnmodifiableCopies() {
        List<String> values = new ArrayList<>(List.of("1"));
        TemplateInput input = new TemplateInput("", Map.of(), Map.of("a", values), Map.of(), Map.of(), Map.of());
        values.add("2");
        assertThat(input.queryParameters().get("a")).containsExactly("1");
        assertThatThrownBy(() -> input.queryParameters().get("a").add("3"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> input.stageVariables().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withHelpersReplaceOnePart() {
        TemplateInput input = TemplateInput.builder().body("a").stageVariable("s", "1").build();
        TemplateInput changed = input.withBody("b").withStageVariables(Map.of("s", "2"));
        assertThat(changed.body()).isEqualTo("b");
        assertThat(changed.stageVariables()).containsEntry("s", "2");
        assertThat(input.body()).isEqualTo("a");
        assertThat(changed.toBuilder().build()).isEqualTo(changed);
    }
}
