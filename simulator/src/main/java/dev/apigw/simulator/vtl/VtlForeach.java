package dev.apigw.simulator.vtl;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #foreach} as API Gateway's Velocity 1.7 runs it: besides {@code $foreach.*} it sets {@code $velocityCount}
 * (1-based), which Velocity 2 dropped. The 1,000-iteration cap comes from {@code directive.foreach.max_loops};
 * like Velocity, the loop silently stops there. Public only because Velocity instantiates directives by name.
 */
public final class VtlForeach extends Foreach {
    static final String COUNTER = "velocityCount";

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        Object outer = context.get(COUNTER);
        try {
            return super.render(context, writer, node);
        } finally {
            if (outer == null) {
                context.remove(COUNTER);
            } else {
                context.put(COUNTER, outer);
            }
        }
    }

    @Override
    protected void renderBlock(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        if (context.get("foreach") instanceof ForeachScope scope) {
            context.put(COUNTER, scope.getCount());
        }
        super.renderBlock(context, writer, node);
    }
}
