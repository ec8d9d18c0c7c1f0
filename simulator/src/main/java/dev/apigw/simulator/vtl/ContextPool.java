package dev.apigw.simulator.vtl;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.apache.velocity.VelocityContext;

/**
 * Reusable Velocity contexts (each with its output buffer), shared by all threads and handed out last-released
 * first. Velocity keeps its method-lookup cache in the context, so a fresh context per render would redo every
 * reflective lookup each time. A server has dozens of request threads but only about as many renders running as
 * it has cores: the few most recently used contexts, still in the CPU's caches, serve nearly every render, where a
 * context per thread spread them over every thread's copy. The variables are cleared around each render, and a
 * context is replaced now and then so the lookup cache cannot grow without bound as templates come and go.
 */
final class ContextPool {
    private static final int RENDERS_PER_CONTEXT = 100_000;
    /** Idle contexts kept at most; more only exist while that many renders run at once. */
    private static final int MAX_IDLE = 64;

    private final ArrayDeque<Slot> idle = new ArrayDeque<>();

    /** A cleared context no other render uses (a render inside a render gets another); {@link Slot#release()} it. */
    Slot acquire() {
        Slot slot;
        synchronized (idle) {
            slot = idle.pollFirst();
        }
        if (slot == null || slot.renders >= RENDERS_PER_CONTEXT) {
            // None idle, or time to drop the old lookup cache: start fresh.
            slot = new Slot(this);
        }
        slot.renders++;
        return slot;
    }

    private void giveBack(Slot slot) {
        synchronized (idle) {
            if (idle.size() < MAX_IDLE) {
                idle.offerFirst(slot);
            }
        }
    }

    static final class Slot {
        final Map<String, Object> variables = new HashMap<>(16);
        final VelocityContext context = new VtlContext(variables);
        /** Reused by every render on this slot; emptied on release so no text leaks into the next render. */
        final TextOutput output = new TextOutput();
        private final ContextPool pool;
        private int renders;

        private Slot(ContextPool pool) {
            this.pool = pool;
        }

        /** Clears the slot and returns it to its pool for the next render. */
        void release() {
            variables.clear();
            output.reset();
            pool.giveBack(this);
        }
    }
}
