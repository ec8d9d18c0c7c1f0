package dev.apigw.simulator.vtl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.runtime.directive.Scope;

/**
 * What a template may call. An allow-list of types rather than a block-list of dangerous ones: a template can
 * only ever hold values of these types (its inputs, JSON values, strings, numbers, collections), so nothing it
 * calls can hand it a class loader, a file or a thread. {@code getClass} is refused on everything so the first
 * step of every known escape ({@code $x.getClass().forName(...)}, {@code $x.class.classLoader}) fails loudly.
 */
final class SandboxPolicy {
    private static final Set<String> FORBIDDEN_METHODS = Set.of("getClass", "wait", "notify", "notifyAll");
    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Character.class,
            Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class,
            BigInteger.class, InputVariable.class, UtilVariable.class, MissingValue.class);
    /** {@link #allowedType} per class, decided once. */
    private static final ClassValue<Boolean> ALLOWED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return decideAllowed(type);
        }
    };

    private SandboxPolicy() {
    }

    /** Why calling {@code method} on {@code target} is refused, or null when it is allowed. */
    static String refusal(Class<?> target, String method) {
        if (FORBIDDEN_METHODS.contains(method)) {
            return "calling " + method + "() is not allowed in mapping templates (no access to Java classes)";
        }
        if (!allowedType(target)) {
            return "values of type " + target.getName() + " cannot be used in mapping templates";
        }
        return null;
    }

    /**
     * Whether values of {@code type} may be used. Cached per class: every {@code #foreach} asks again (Velocity does
     * not cache iterators), and the interface checks below are not free.
     */
    static boolean allowedType(Class<?> type) {
        return ALLOWED.get(type);
    }

    private static boolean decideAllowed(Class<?> type) {
        return VALUE_TYPES.contains(type)
                || type.isArray()
                || Map.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type)
                || Iterator.class.isAssignableFrom(type)
                || Map.Entry.class.isAssignableFrom(type)
                || Scope.class.isAssignableFrom(type);
    }
}
