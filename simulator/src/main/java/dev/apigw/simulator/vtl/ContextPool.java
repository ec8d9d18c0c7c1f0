package dev.apigw.simulator.vtl;

import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.VelocityContext;

/**
 * One reusable Velocity context (and output buffer) per thread. Velocity keeps its method-lookup cache in the
 * context, so a fresh context per render would redo every reflective lookup each time; reusing it keeps renders
 * fast. The variables are cleared around each render, and the context is replaced now and then so the lookup cache
 * cannot grow without bound as templates come and go.
 */
final class ContextPool {
    private static final int RENDERS_PER_CONTEXT = 100_000;

    private final ThreadLocal<Slot> slots = ThreadLocal.withInitial(Slot::new);

    /** A cleared context for this thread; {@link Slot#release()} it after the render. */
    Slot acquire() {
        Slot slot = slots.get();
        if (slot.inUse || slot.renders >= RENDERS_PER_CONTEXT) {
            // Re-entrant use (a render inside a render) or time to drop the old lookup cache: start fresh.
            Slot fresh = new Slot();
            if (!slot.inUse) {
                slots.set(fresh);
            }
            slot = fresh;
        }
        slot.inUse = true;
        slot.renders++;
        return slot;
    }

    static final class Slot {
        final Map<String, Object> variables = new HashMap<>(16);
        final VelocityContext context = new VtlContext(variables);
        /** Reused by every render on this slot; emptied on release so no text leaks into the next render. */
        final TextOutput output = new TextOutput();
        private boolean inUse;
        private int renders;

        void release() {
            variables.clear();
            output.reset();
            inUse = false;
        }
    }
}
