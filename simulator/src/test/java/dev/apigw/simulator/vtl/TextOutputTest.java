package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractCollection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextOutputTest {
    @Nested
    class Buffer {
        @Test
        void resetEmptiesTheBufferForTheNextRender() {
            TextOutput out = new TextOutput();
            out.write("first render");
            out.reset();
            out.write("2nd");
            assertThat(out).hasToString("2nd");
        }

        @Test
        void emptyWritesAddNothingAndEverythingElseIsKeptInOrder() {
            TextOutput out = new TextOutput();
            out.write("");
            out.write("a");
            out.write("");
            out.write('b');
            out.write(new char[] {'x', 'c', 'y'}, 1, 1);
            out.write("xdy", 1, 1);
            out.append("e");
            out.write((String) null);
            assertThat(out).hasToString("abcdenull");
        }

        @Test
        void aBufferThatGrewHugeIsDroppedOnReset() {
            TextOutput out = new TextOutput();
            out.write("x".repeat(TextOutput.MAX_KEPT_CAPACITY + 1));
            out.reset();
            assertThat(out.capacity()).isLessThanOrEqualTo(TextOutput.MAX_KEPT_CAPACITY);
            assertThat(out.length()).isZero();
        }

        @Test
        void aBufferOfOrdinarySizeIsKept() {
            TextOutput out = new TextOutput();
            out.reserve(8000);
            int capacity = out.capacity();
            out.write("y".repeat(5000));
            out.reset();
            assertThat(out.capacity()).isEqualTo(capacity);
        }
    }

    @Nested
    class ReusedAcrossRenders {
        private final VtlEngine engine = new VtlEngine();

        private String render(String template, TemplateInput input) {
            return engine.render("t", template, input).output();
        }

        @Test
        void aShortOutputAfterALongOneCarriesNoLeftoverText() {
            assertThat(render("#foreach($i in [1..200])long-$i #end", TemplateInput.empty())).startsWith("long-1 ");
            assertThat(render("$a#set($a = 'x')short", TemplateInput.empty())).isEqualTo("short");
        }

        @Test
        void aFailedRenderLeavesNothingForTheNextOne() {
            assertThatThrownBy(() -> render("#set($s = 'a')partial text $s.getClass()", TemplateInput.empty()))
                    .isInstanceOf(TemplateException.class);
            assertThat(render("#set($b = 2)next $b", TemplateInput.empty())).isEqualTo("next 2");
        }

        @Test
        void nonLatinTextSurvivesReuse() {
            assertThat(render("#set($s = 'héllo €')$s", TemplateInput.empty())).isEqualTo("héllo €");
            assertThat(render("#set($s = 'plain')$s", TemplateInput.empty())).isEqualTo("plain");
        }

        @Test
        void aRenderInsideARenderGetsItsOwnBuffer() {
            TemplateInput input = TemplateInput.builder()
                    .context(Map.of("inner", new RenderingValue(engine, "#set($n = 7)[inner $n]"))).build();
            assertThat(render("before $context.inner after", input)).isEqualTo("before [inner 7] after");
            assertThat(render("#set($z = 1)again $z", TemplateInput.empty())).isEqualTo("again 1");
        }
    }

    /** A value that renders a template when printed, while the outer render is still writing. */
    private static final class RenderingValue extends AbstractCollection<Object> {
        private final VtlEngine engine;
        private final String template;

        RenderingValue(VtlEngine engine, String template) {
            this.engine = engine;
            this.template = template;
        }

        @Override
        public String toString() {
            return engine.render("inner", template, TemplateInput.empty()).output();
        }

        @Override
        public Iterator<Object> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
