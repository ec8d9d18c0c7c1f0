package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every known way out of a Velocity template must fail loudly, with the place it was tried. */
class VtlSandboxTest {
    private static final VtlEngine ENGINE = new VtlEngine();

    private static String render(String template) {
        return ENGINE.render("sandbox", template, TemplateInput.builder().body("{\"a\":{\"b\":1}}").build()).output();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$util.getClass().forName('java.lang.Runtime')",
        "$input.getClass()",
        "$context.getClass().getClassLoader()",
        "$stageVariables.getClass()",
        "$input.path('$').getClass()",
        "$input.path('$.a.b').getClass()",
        "${util.getClass()}",
        "#set($s = '')$s.getClass().forName('java.lang.System').getenv()",
        "$input.body.getClass().getProtectionDomain()",
        "#foreach($i in [1])$foreach.getClass()#end",
        "#set($n = 1)$n.getClass()",
        "$input.params().getClass()",
    })
    void getClassIsRefusedEverywhere(String template) {
        assertThatThrownBy(() -> render(template))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("sandbox:1:")
                .hasMessageContaining("getClass() is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$util.class", "$input.class.classLoader", "$input.body.class",
        "#set($s = 'x')$s.class.forName('java.io.File')"})
    void classPropertyIsRefused(String template) {
        assertThatThrownBy(() -> render(template))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(".class is not allowed");
    }

    @Test
    void methodsOnStringLiteralsDoNotEvenParse() {
        assertThatThrownBy(() -> ENGINE.parse("t", "#set($x = \"\".getClass().forName('java.lang.Runtime'))"))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("t:1:")
                .hasMessageContaining("syntax error");
    }

    @Test
    void classKeyOnAJsonObjectIsJustAKey() {
        assertThat(ENGINE.render("t", "$input.path('$').class", TemplateInput.builder().body("{\"class\":\"A\"}").build())
                .output()).isEqualTo("A");
    }

    @Test
    void parseOfAFileIsRefused() {
        assertThatThrownBy(() -> ENGINE.parse("t", "#parse('/etc/passwd')"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("#parse is not supported");
    }

    @Test
    void includeOfAFileIsRefused() {
        assertThatThrownBy(() -> ENGINE.parse("t", "a\n#include('/etc/passwd')"))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("t:2:1:")
                .hasMessageContaining("#include is not supported");
    }

    @Test
    void evaluatedTextIsSandboxedToo() {
        assertThatThrownBy(() -> render("#evaluate('$util.getClass()')"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("getClass() is not allowed");
    }

    @Test
    void waitAndNotifyAreRefused() {
        assertThatThrownBy(() -> render("#set($m = {})$m.wait(100000)"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("wait() is not allowed");
    }

    @Test
    void valuesOfUnlistedTypesCannotBeUsed() {
        // String.chars() hands out an IntStream; nothing may be called on it.
        assertThatThrownBy(() -> render("#set($s = 'ab')$s.chars().count()"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("cannot be used in mapping templates");
    }

    @Test
    void ordinaryCollectionAndStringCallsStillWork() {
        assertThat(render("#set($l = [3,1,2])$l.size() $l.contains(2) $l.get(0) #set($m = {'k':'v'})$m.keySet() "
                + "$m.entrySet().iterator().next().value 'x'.concat('y')")).isEqualTo("3 true 3[k] v 'x'.concat('y')");
    }
}
