package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuietReferencesTest {
    private final QuietReferences handler = new QuietReferences();

    private Object insert(Object value) {
        return handler.referenceInsert(null, "$x", value);
    }

    @Nested
    class NothingPrintsAsEmpty {
        @Test
        void nullAndMissingValuesBecomeEmptyText() {
            assertThat(insert(null)).isEqualTo("");
            assertThat(insert(MissingValue.INSTANCE)).isEqualTo("");
        }
    }

    @Nested
    class PlainValuesAreTurnedIntoTheirText {
        @Test
        void numbersAndBooleansBecomeTheirToString() {
            assertThat(insert(42)).isEqualTo("42");
            assertThat(insert(249.99)).isEqualTo("249.99");
            assertThat(insert(1.0e20)).isEqualTo("1.0E20");
            assertThat(insert(12345678901L)).isEqualTo("12345678901");
            assertThat(insert(true)).isEqualTo("true");
            assertThat(insert(new BigDecimal("1.50"))).isEqualTo("1.50");
            assertThat(insert(new BigInteger("123456789012345678901234567890")))
                    .isEqualTo("123456789012345678901234567890");
        }

        @Test
        void otherValuesArePassedOnUnchangedForVelocityToPrint() {
            Map<String, Object> map = Map.of("a", 1);
            List<Object> list = List.of(1, "x");
            assertThat(insert("text")).isEqualTo("text");
            assertThat(insert(map)).isSameAs(map);
            assertThat(insert(list)).isSameAs(list);
        }
    }

    @Nested
    class ThroughTheEngine {
        private final VtlEngine engine = new VtlEngine();

        @Test
        void printedValuesLookAsVelocityPrintsThem() {
            TemplateInput input = TemplateInput.builder().body("{\"n\": 2.50, \"i\": 7, \"t\": true, \"z\": null}")
                    .build();
            assertThat(engine.render("t", "#set($b = $input.path('$'))$b.n|$b.i|$b.t|$b.z|$b.none|$input.path('$.q')"
                    + "|#set($d = 7.0 / 2)$d|$undefined|$!undefined", input).output())
                    .isEqualTo("2.5|7|true||||3.5||");
        }
    }

    @Nested
    class Decimals {
        @Test
        void aDecimalPrintsAsItsJavaTextEveryTime() {
            for (Object value : List.of(249.99, 0.99, -0.0, 0.0, Double.NaN, 1e21, 1.0E-7, 3.5f, -0.0f)) {
                assertThat(insert(value)).as(value.getClass().getSimpleName()).isEqualTo(value.toString());
                assertThat(insert(value)).as("again, from the cache").isEqualTo(value.toString());
            }
        }

        @Test
        void equalDigitsOfAFloatAndADoubleKeepTheirOwnText() {
            assertThat(insert(0.1f)).isEqualTo("0.1");
            assertThat(insert(0.1)).isEqualTo("0.1");
            assertThat(insert((double) 0.1f)).isEqualTo(Double.toString((double) 0.1f));
        }
    }

    @Test
    void integersPrintAsTheirTextInAndOutsideTheTableOfSmallOnes() {
        for (int value : new int[] {0, 7, 1023, 1024, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThat(insert(value)).isEqualTo(Integer.toString(value));
        }
    }
}
