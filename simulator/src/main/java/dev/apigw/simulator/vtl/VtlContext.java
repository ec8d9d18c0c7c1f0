package dev.apigw.simulator.vtl;

import java.util.Map;
import org.apache.velocity.VelocityContext;

/**
 * Velocity's context without its {@code String.intern()} on every {@code put}: every {@code #set} and every
 * {@code #foreach} step puts, and interning (a JVM string-table lookup) was the largest single cost of rendering a
 * template with a loop. Keys come from parsed templates or from this package, so equal keys hash alike anyway.
 */
final class VtlContext extends VelocityContext {
    private static final long serialVersionUID = 1L;

    VtlContext(Map<String, Object> variables) {
        super(variables);
    }

    @Override
    public Object put(String key, Object value) {
        return key == null ? null : internalPut(key, value);
    }
}
