package dev.apigw.simulator.vtl;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Makes every reference quiet: API Gateway renders a missing value as nothing, never as the literal
 * {@code $name} that stock Velocity prints. Velocity calls this before inserting any reference, null included.
 * Public only because Velocity instantiates it by class name.
 *
 * <p>It also hands Velocity the text of the commonest values itself. Velocity turns a value into text with
 * {@code DuckType.asString}, which for anything but a String first looks the value's class up in a shared map for a
 * {@code getAsString()} method; the JDK number and boolean types have none, so their text is {@code toString()}
 * either way, and {@link MissingValue}'s is its (empty) {@code getAsString()}. Returning that text directly prints
 * the same characters without the lookup (or, for a missing value, a reflective call).
 */
public final class QuietReferences implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value == MissingValue.INSTANCE) {
            return "";
        }
        Class<?> type = value.getClass();
        if (type == Integer.class || type == Double.class || type == Long.class || type == Boolean.class
                || type == BigDecimal.class || type == BigInteger.class || type == Float.class
                || type == Short.class || type == Byte.class) {
            return value.toString();
        }
        return value;
    }
}
