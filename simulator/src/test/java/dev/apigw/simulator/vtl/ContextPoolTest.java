package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.velocity.util.introspection.IntrospectionCacheData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContextPoolTest {
    private final ContextPool pool = new ContextPool();

    @Nested
    class Reuse {
        @Test
        void aReleasedSlotIsReusedWithItsLookupCache() {
            ContextPool.Slot first = pool.acquire();
            first.context.icachePut("lookup", new IntrospectionCacheData());
            first.release();
            ContextPool.Slot second = pool.acquire();
            assertThat(second).isSameAs(first);
            assertThat(second.context.icacheGet("lookup")).isNotNull();
        }

        @Test
        void releaseClearsTheVariablesAndTheOutput() {
            ContextPool.Slot slot = pool.acquire();
            slot.variables.put("x", 1);
            slot.output.write("text");
            slot.release();
            assertThat(slot.variables).isEmpty();
            assertThat(slot.output.length()).isZero();
        }

        @Test
        void aRenderInsideARenderGetsAFreshSlotAndTheOuterOneStays() {
            ContextPool.Slot outer = pool.acquire();
            ContextPool.Slot inner = pool.acquire();
            assertThat(inner).isNotSameAs(outer);
            assertThat(inner.output).isNotSameAs(outer.output);
            inner.release();
            outer.release();
            assertThat(pool.acquire()).isSameAs(outer);
        }
    }
}
