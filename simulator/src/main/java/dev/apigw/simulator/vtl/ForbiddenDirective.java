package dev.apigw.simulator.vtl;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Replaces {@code #include} and {@code #parse}: a mapping template cannot read other files, and API Gateway rejects
 * both. Failing in {@code init} makes {@link VtlEngine#parse} report it before anything renders.
 * Public only because Velocity instantiates directives by class name.
 */
public abstract class ForbiddenDirective extends Directive {

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public void init(RuntimeServices rs, InternalContextAdapter context, Node node) {
        throw new SandboxViolationException("#" + getName() + " is not supported in mapping templates (templates "
                + "cannot read files); inline the content or use #macro", getLine(), getColumn());
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        throw new SandboxViolationException("#" + getName() + " is not supported in mapping templates",
                getLine(), getColumn());
    }

    /** {@code #include}. */
    public static final class Include extends ForbiddenDirective {
        @Override
        public String getName() {
            return "include";
        }
    }

    /** {@code #parse}. */
    public static final class Parse extends ForbiddenDirective {
        @Override
        public String getName() {
            return "parse";
        }
    }
}
