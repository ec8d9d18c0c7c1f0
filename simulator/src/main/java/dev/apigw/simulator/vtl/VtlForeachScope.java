package dev.apigw.simulator.vtl;

import org.apache.velocity.runtime.directive.ForeachScope;

/**
 * {@code $foreach} for {@link VtlForeach}'s own loop: Velocity's {@link ForeachScope} (same methods, same values),
 * with a way to step it from outside Velocity's package. Public only because Velocity introspects it.
 */
public final class VtlForeachScope extends ForeachScope {
    VtlForeachScope(Object owner, Object replaces) {
        super(owner, replaces);
    }

    /** What Velocity's loop does before each iteration: one more index, and whether another item follows. */
    void advance(boolean more) {
        index++;
        hasNext = more;
    }
}
