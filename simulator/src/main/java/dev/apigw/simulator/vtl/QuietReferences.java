package dev.apigw.simulator.vtl;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Makes every reference quiet: API Gateway renders a missing value as nothing, never as the literal
 * {@code $name} that stock Velocity prints. Velocity calls this before inserting any reference, null included.
 * Public only because Velocity instantiates it by class name.
 */
public final class QuietReferences implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        return value == null ? "" : value;
    }
}
