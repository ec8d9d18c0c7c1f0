package dev.apigw.simulator.vtl;

import java.util.Iterator;
import java.util.Map;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's introspection, restricted by {@link SandboxPolicy}. Every method call, property read/write and
 * iteration a template makes passes through here, so this is the one place the sandbox is enforced.
 * Public only because Velocity instantiates it by class name.
 */
public final class SandboxUberspect extends UberspectImpl {

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        if (obj == null) {
            return null;
        }
        check(obj.getClass(), methodName, info);
        return super.getMethod(obj, methodName, args, info);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj == null) {
            return null;
        }
        if ("class".equals(identifier)) {
            if (obj instanceof Map<?, ?>) {
                return new MapKeyGet(identifier);
            }
            throw violation("reading .class is not allowed in mapping templates (no access to Java classes)", info);
        }
        check(obj.getClass(), "get", info);
        return super.getPropertyGet(obj, identifier, info);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        if (obj == null) {
            return null;
        }
        check(obj.getClass(), "set", info);
        return super.getPropertySet(obj, identifier, arg, info);
    }

    @Override
    public Iterator<?> getIterator(Object obj, Info info) {
        if (obj == null) {
            return null;
        }
        check(obj.getClass(), "iterator", info);
        return super.getIterator(obj, info);
    }

    private static void check(Class<?> type, String method, Info info) {
        String refusal = SandboxPolicy.refusal(type, method);
        if (refusal != null) {
            throw violation(refusal, info);
        }
    }

    private static SandboxViolationException violation(String message, Info info) {
        return new SandboxViolationException(message, info == null ? 0 : info.getLine(),
                info == null ? 0 : info.getColumn());
    }

    /** {@code $map.class} on a map means the key "class", never {@code getClass()}. */
    private record MapKeyGet(String key) implements VelPropertyGet {
        @Override
        public Object invoke(Object o) {
            return ((Map<?, ?>) o).get(key);
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return "get";
        }
    }
}
