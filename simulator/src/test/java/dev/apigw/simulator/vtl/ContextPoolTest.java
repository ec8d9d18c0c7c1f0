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

    @Nested
    class Sharing {
        @Test
        void aSlotReleasedOnOneThreadServesTheNextRenderOnAnother() throws Exception {
            ContextPool.Slot first = pool.acquire();
            first.release();
            ContextPool.Slot[] seen = new ContextPool.Slot[1];
            Thread other = new Thread(() -> {
                seen[0] = pool.acquire();
                seen[0].release();
            });
            other.start();
            other.join(10_000);

            assertThat(seen[0]).isSameAs(first);
        }

        @Test
        void theMostRecentlyReleasedSlotIsHandedOutFirst() {
            ContextPool.Slot a = pool.acquire();
            ContextPool.Slot b = pool.acquire();
            a.release();
            b.release();

            assertThat(pool.acquire()).isSameAs(b);
            assertThat(pool.acquire()).isSameAs(a);
        }
    }
}
