package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContextVariableTest {
    private static Map<String, Object> base() {
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("stage", "dev");
        base.put("requestId", "r-1");
        return Map.copyOf(base);
    }

    @Nested
    class LazyOverrides {
        @Test
        void readingOrdinaryKeysDoesNotBuildTheOverrides() {
            ContextVariable context = new ContextVariable(base());
            assertThat(context.get("stage")).isEqualTo("dev");
            assertThat(context.get("nothing")).isNull();
            assertThat(context.containsKey("requestOverride")).isTrue();
            assertThat(context.overlaid()).isFalse();
        }

        @Test
        void overrideMapsAppearOnFirstReadWithTheirNestedMaps() {
            ContextVariable context = new ContextVariable(base());
            assertThat(context.get("requestOverride")).isInstanceOf(OverrideMap.class)
                    .isEqualTo(Map.of("header", Map.of(), "querystring", Map.of(), "path", Map.of()));
            assertThat(context.get("responseOverride")).isEqualTo(Map.of("header", Map.of()));
            assertThat(context.overlaid()).isTrue();
        }

        @Test
        void theSameOverrideMapIsReturnedOnEveryRead() {
            ContextVariable context = new ContextVariable(base());
            assertThat(context.get("responseOverride")).isSameAs(context.get("responseOverride"));
        }

        @Test
        void aLazilyBuiltOverrideStillRejectsASecondSet() {
            ContextVariable context = new ContextVariable(base());
            @SuppressWarnings("unchecked")
            Map<String, Object> response = (Map<String, Object>) context.get("responseOverride");
            response.put("status", 400);
            assertThatThrownBy(() -> response.put("status", 401))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("$context.responseOverride.status is already set");
        }

        @Test
        void listingTheContextShowsTheOverridesAfterTheCallersValues() {
            ContextVariable context = new ContextVariable(base());
            assertThat(context.keySet()).containsExactlyInAnyOrder("stage", "requestId", "requestOverride",
                    "responseOverride");
            assertThat(context.keySet()).endsWith("requestOverride", "responseOverride");
        }

        @Test
        void writesGoToTheOverlayAndLeaveTheCallersMapAlone() {
            Map<String, Object> base = base();
            ContextVariable context = new ContextVariable(base);
            assertThat(context.put("stage", "prod")).isEqualTo("dev");
            assertThat(context.get("stage")).isEqualTo("prod");
            assertThat(base.get("stage")).isEqualTo("dev");
            assertThat(context.overlaid()).isTrue();
        }
    }

    @Nested
    class ThroughTheEngine {
        private final VtlEngine engine = new VtlEngine();

        private RenderResult render(String template) {
            return engine.render("t", template, TemplateInput.builder().build());
        }

        @Test
        void aTemplateThatNeverTouchesOverridesHasNone() {
            RenderResult result = render("#set($a = 1)$a");
            assertThat(result).isEqualTo(RenderResult.of("1"));
        }

        @Test
        void printingTheContextStillShowsEmptyOverrideMaps() {
            assertThat(render("$context.requestOverride $context.responseOverride").output())
                    .isEqualTo("{header={}, querystring={}, path={}} {header={}}");
            assertThat(render("$context.containsKey('requestOverride')").output()).isEqualTo("true");
        }

        @Test
        void anOverrideSetThroughAVariableIsCaptured() {
            RenderResult result = render("#set($r = $context.responseOverride)#set($r.status = 201)");
            assertThat(result.statusOverride()).contains(201);
        }
    }
}
