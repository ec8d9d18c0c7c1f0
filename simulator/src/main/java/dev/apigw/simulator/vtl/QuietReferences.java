package dev.apigw.simulator.vtl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
    /**
     * The text of decimals printed before. A template's literal numbers are the same objects at every render, and
     * {@code Double.toString} is costly (the shortest-digits search, and a thread-local buffer that a server's
     * request threads reach slowly). Bounded: past this many values, new ones are turned into text each time.
     */
    private static final int MAX_DECIMALS = 4096;
    private static final Map<Object, String> DECIMAL_TEXT = new ConcurrentHashMap<>();
    /** The text of 0..1023 (ids, counters, $foreach.count), made once instead of at every print. */
    private static final String[] SMALL_INTEGERS = IntStream.range(0, 1024)
            .mapToObj(Integer::toString).toArray(String[]::new);

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value == MissingValue.INSTANCE) {
            return "";
        }
        Class<?> type = value.getClass();
        if (type == Double.class || type == Float.class) {
            return decimalText(value);
        }
        if (type == Integer.class) {
            int number = (Integer) value;
            return number >= 0 && number < SMALL_INTEGERS.length ? SMALL_INTEGERS[number] : value.toString();
        }
        if (type == Integer.class || type == Double.class || type == Long.class || type == Boolean.class
                || type == BigDecimal.class || type == BigInteger.class || type == Float.class
                || type == Short.class || type == Byte.class) {
            return value.toString();
        }
        return value;
    }

    /** {@code value.toString()}; equal decimals (by their bits, so -0.0 and 0.0 apart) have equal text. */
    static String decimalText(Object value) {
        String text = DECIMAL_TEXT.get(value);
        if (text == null) {
            text = value.toString();
            if (DECIMAL_TEXT.size() < MAX_DECIMALS) {
                DECIMAL_TEXT.putIfAbsent(value, text);
            }
        }
        return text;
    }
}
