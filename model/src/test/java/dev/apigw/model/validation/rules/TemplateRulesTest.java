package dev.apigw.model.validation.rules;

import static dev.apigw.model.validation.TestApi.mock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.validation.Finding;
import dev.apigw.model.validation.TemplateProblem;
import dev.apigw.model.validation.TestApi;
import dev.apigw.model.validation.TextPosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    private static TestApi withTemplate(String template) {
        return TestApi.rest().op("POST", "/a", op -> op.response("200").integration(mock().requestTemplates(
                Map.of("application/json", TextValue.of(template)))));
    }

    @Test
    void parse_errors_carry_the_template_position() {
        List<Finding> found = withTemplate("{\"statusCode\": 200}\n#if(").check(new TemplateParses(),
                ProjectConfig.empty(), t -> t.contains("#if(") ? Optional.of(new TemplateProblem(2, 4, "unclosed"))
                        : Optional.empty());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.within()).contains(new TextPosition(2, 4));
            assertThat(f.pointer()).isEqualTo("/paths/~1a/post/x-amazon-apigateway-integration/requestTemplates/"
                    + "application~1json");
        });
        assertThat(withTemplate("{\"statusCode\": 200}").check(new TemplateParses(), ProjectConfig.empty(),
                t -> Optional.empty())).isEmpty();
    }

    @Test
    void unknown_variables_are_reported_once_with_their_position() {
        List<Finding> found = withTemplate("""
                #set($root = $input.path('$'))
                {"statusCode": 200, "id": "$root.id", "user": "$contex.authorizer.x", "again": "$contex.y"}
                """).check(new TemplateVariables());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("$contex");
            assertThat(f.within()).contains(new TextPosition(2, 48));
        });
    }

    @Test
    void known_variables_loops_macros_comments_escapes_and_quoted_arguments_pass() {
        assertThat(withTemplate("""
                ## a $comment
                #* $block *#
                #foreach($p in $input.params().path.keySet())"$p": "$util.escapeJavaScript($input.params($p))"#if($foreach.hasNext),#end
                #end
                #macro(show $x)$x#end
                #if($input.path('$.a') == $null)\\$literal $stageVariables.s $context.requestId ${input.body}#end
                $input.json('$.items[?(@.price > $max)]')
                """).check(new TemplateVariables())).isEmpty();
    }

    @Test
    void oversized_templates_are_errors_and_not_parsed() {
        String big = "x".repeat(TemplateSize.MAX_BYTES + 1);
        assertThat(withTemplate(big).check(new TemplateSize())).hasSize(1);
        assertThat(withTemplate(big).check(new TemplateParses(), ProjectConfig.empty(),
                t -> Optional.of(new TemplateProblem(0, 0, "too big")))).isEmpty();
        assertThat(withTemplate("{}").check(new TemplateSize())).isEmpty();
    }
}
