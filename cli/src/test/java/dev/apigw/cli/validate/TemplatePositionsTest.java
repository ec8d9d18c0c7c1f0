package dev.apigw.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.SourceLocation;
import dev.apigw.model.validation.TextPosition;
import dev.apigw.openapi.source.SourceFormat;
import org.junit.jupiter.api.Test;

class TemplatePositionsTest {

    private static SourceLocation key(int line, int column) {
        return new SourceLocation("f", "/p", line, column);
    }

    @Test
    void yaml_block_scalar_lines_start_below_the_key() {
        String text = "requestTemplates:\n  application/json: |\n    {\"a\": 1,\n     #if(\n";
        SourceLocation at = new TemplatePositions(text, SourceFormat.YAML).map(key(2, 3), new TextPosition(2, 2));
        assertThat(at.line()).isEqualTo(4);
        assertThat(at.column()).isEqualTo(6);
    }

    @Test
    void yaml_inline_quoted_value_is_on_the_key_line() {
        String text = "t:\n  application/json: '{\"a\": $x}'\n";
        SourceLocation at = new TemplatePositions(text, SourceFormat.YAML).map(key(2, 3), new TextPosition(1, 8));
        assertThat(at.line()).isEqualTo(2);
        assertThat(at.column()).isEqualTo(29);
    }

    @Test
    void json_strings_keep_the_whole_template_on_the_key_line() {
        String text = "{\n  \"application/json\": \"{\\\"a\\\": $x}\"\n}\n";
        SourceLocation at = new TemplatePositions(text, SourceFormat.JSON).map(key(2, 3), new TextPosition(1, 3));
        assertThat(at.line()).isEqualTo(2);
        assertThat(at.column()).isEqualTo(26);
        assertThat(new TemplatePositions(text, SourceFormat.JSON).map(key(2, 3), new TextPosition(3, 1)).line())
                .isEqualTo(2);
    }

    @Test
    void unknown_key_position_is_kept() {
        assertThat(new TemplatePositions("", SourceFormat.YAML).map(key(0, 0), new TextPosition(1, 1)).line())
                .isZero();
    }

    @Test
    void swagger2_pointers_are_translated() {
        assertThat(Swagger2Pointers.translate("/components/schemas/Pet/properties/a")).isEqualTo(
                "/definitions/Pet/properties/a");
        assertThat(Swagger2Pointers.translate("/paths/~1a/get/responses/200/content/application~1json/schema/items"))
                .isEqualTo("/paths/~1a/get/responses/200/schema/items");
        assertThat(Swagger2Pointers.translate("/paths/~1a/post/requestBody/content/application~1json/schema"))
                .isEqualTo("/paths/~1a/post/parameters");
    }
}
