package dev.apigw.simulator.vtl;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.exception.TemplateInitException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.runtime.directive.StopCommand;
import org.apache.velocity.runtime.parser.node.ASTBlock;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.ASTSetDirective;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * {@code #foreach} as API Gateway's Velocity 1.7 runs it: besides {@code $foreach.*} it sets {@code $velocityCount}
 * (1-based), which Velocity 2 dropped. The 1,000-iteration cap comes from {@code directive.foreach.max_loops};
 * like Velocity, the loop silently stops there. Public only because Velocity instantiates directives by name.
 *
 * <p>{@code $velocityCount} is the count of whatever {@code $foreach} is when an iteration starts. For a loop whose
 * body cannot rebind {@code $foreach} (checked once, when the template is parsed) that is always this loop's own
 * scope, so the loop below (Velocity's {@link Foreach#render} with the counter folded in) sets the counter straight
 * from it instead of looking {@code $foreach} up on every iteration. Any other loop takes Velocity's own path.
 */
public final class VtlForeach extends Foreach {
    static final String COUNTER = "velocityCount";
    private static final String SCOPE = "foreach";

    /** Foreach keeps these private; read the same way as in {@link Foreach#init}. */
    private int maxLoops;
    private String elementKey;
    /** True when the body can never rebind {@code $foreach}, so the counter can come from this loop's scope. */
    private boolean directCounter;

    @Override
    public void init(RuntimeServices rs, InternalContextAdapter context, Node node) throws TemplateInitException {
        super.init(rs, context, node);
        int max = rs.getInt(RuntimeConstants.MAX_NUMBER_LOOPS, Integer.MAX_VALUE);
        maxLoops = max < 1 ? Integer.MAX_VALUE : max;
        SimpleNode element = (SimpleNode) node.jjtGetChild(0);
        elementKey = element instanceof ASTReference reference
                ? reference.getRootString() : element.getFirstTokenImage().substring(1);
        // The body is the last child, or the one before it when there is an #else (which renders the old way).
        Node body = node.jjtGetChild(node.jjtGetNumChildren() - 1);
        if (node.jjtGetChild(node.jjtGetNumChildren() - 2) instanceof ASTBlock beforeElse) {
            body = beforeElse;
        }
        directCounter = isScopeProvided() && SCOPE.equals(getScopeName()) && !SCOPE.equals(elementKey)
                && cannotRebindScope(body);
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        if (SCOPE.equals(elementKey) && isScopeProvided() && SCOPE.equals(getScopeName())) {
            // Velocity would run the loop, then fail restoring the $foreach scope the element replaced, with a
            // Java message about a null scope.
            throw new TemplateException(node.getTemplateName(), node.getLine(), node.getColumn(),
                    "#foreach($foreach in ...) cannot work: $foreach is the loop's own scope ($foreach.index, "
                            + "$foreach.hasNext); name the loop variable something else, e.g. #foreach($item in ...)",
                    null);
        }
        Object outer = context.get(COUNTER);
        try {
            return directCounter ? loop(context, writer, node) : super.render(context, writer, node);
        } finally {
            if (outer == null) {
                context.remove(COUNTER);
            } else {
                context.put(COUNTER, outer);
            }
        }
    }

    /** Used by Velocity's own loop and for the {@code #else} block: the counter of the current {@code $foreach}. */
    @Override
    protected void renderBlock(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        if (context.get(SCOPE) instanceof ForeachScope scope) {
            context.put(COUNTER, scope.getCount());
        }
        super.renderBlock(context, writer, node);
    }

    /** {@link Foreach#render} step for step, with {@code $velocityCount} set from this loop's own scope. */
    private boolean loop(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        Node block = node.jjtGetChild(node.jjtGetNumChildren() - 1);
        Node elseBlock = null;
        Node previous = node.jjtGetChild(node.jjtGetNumChildren() - 2);
        if (previous instanceof ASTBlock) {
            elseBlock = block;
            block = previous;
        }
        Node iterableNode = node.jjtGetChild(2);
        Object iterable = iterableNode.value(context);
        Iterator<?> i = getIterator(iterable, iterableNode);
        if (i == null || !i.hasNext()) {
            if (elseBlock != null) {
                renderBlock(context, writer, elseBlock);
            }
            return false;
        }
        Object saved = context.get(elementKey);
        VtlForeachScope foreach = new VtlForeachScope(this, context.get(SCOPE));
        context.put(SCOPE, foreach);
        int count = 1;
        while (count <= maxLoops && i.hasNext()) {
            count++;
            put(context, elementKey, i.next());
            foreach.advance(i.hasNext());
            context.put(COUNTER, foreach.getCount());
            try {
                block.render(context, writer);
            } catch (StopCommand stop) {
                if (stop.isFor(this)) {
                    break;
                }
                clean(context, saved);
                throw stop;
            }
        }
        clean(context, saved);
        if (i instanceof Closeable closeable && i != iterable) {
            closeable.close();
        }
        return true;
    }

    /**
     * Whether nothing in {@code node} can bind {@code $foreach} to something else: no {@code #set($foreach...)}, no
     * nested loop over {@code $foreach}, no macro, {@code #evaluate} or {@code #define} (which run or hold VTL not
     * visible here) and no string literal with a {@code #} in it (an interpolated string can hold a directive).
     */
    static boolean cannotRebindScope(Node node) {
        if (node instanceof ASTSetDirective && node.jjtGetNumChildren() > 0
                && node.jjtGetChild(0) instanceof ASTReference target && SCOPE.equals(target.getRootString())) {
            return false;
        }
        if (node instanceof ASTDirective directive) {
            String name = directive.getDirectiveName();
            if (SCOPE.equals(name)) {
                if (directive.jjtGetNumChildren() > 0 && directive.jjtGetChild(0) instanceof ASTReference element
                        && SCOPE.equals(element.getRootString())) {
                    return false;
                }
            } else if (!"break".equals(name) && !"stop".equals(name)) {
                return false;
            }
        }
        if (node instanceof ASTStringLiteral && node.literal().indexOf('#') >= 0) {
            return false;
        }
        for (int k = 0; k < node.jjtGetNumChildren(); k++) {
            if (!cannotRebindScope(node.jjtGetChild(k))) {
                return false;
            }
        }
        return true;
    }
}
