package dev.apigw.simulator.vtl;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VtlForeachTest {
    private static final VtlEngine ENGINE = new VtlEngine();

    private static String render(String template) {
        return ENGINE.render("t", template, TemplateInput.empty()).output();
    }

    /** The body block of the first {@code #foreach} in {@code template}. */
    private static Node bodyOfFirstLoop(String template) {
        Node root = (Node) new TemplateCache(VelocityRuntimeFactory.create()).parse("t", template).getData();
        ASTDirective loop = find(root);
        return loop.jjtGetChild(loop.jjtGetNumChildren() - 1);
    }

    private static ASTDirective find(Node node) {
        if (node instanceof ASTDirective directive && "foreach".equals(directive.getDirectiveName())) {
            return directive;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            ASTDirective found = find(node.jjtGetChild(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Nested
    class WhichLoopsTakeTheDirectCounter {
        @Test
        void aBodyThatOnlyReadsTheScopeCannotRebindIt() {
            assertThat(VtlForeach.cannotRebindScope(bodyOfFirstLoop("#foreach($a in [1,2])$velocityCount "
                    + "$foreach.hasNext #if($a == 1)#set($x = 'one')#break#end"
                    + "#foreach($b in [3])$b#stop#end#end"))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "#foreach($a in [1])#set($foreach = 'x')#end",
            "#foreach($a in [1])#if(true)#set($foreach.x = 1)#end#end",
            "#foreach($a in [1])#foreach($foreach in [2])#end#end",
            "#macro(m)#end#foreach($a in [1])#m()#end",
            "#foreach($a in [1])#evaluate('x')#end",
            "#foreach($a in [1])#define($d)x#end#end",
            "#foreach($a in [1])#set($s = \"#set($foreach = 1)\")#end"
        })
        void aBodyThatMightRebindTheScopeTakesVelocitysPath(String template) {
            assertThat(VtlForeach.cannotRebindScope(bodyOfFirstLoop(template))).isFalse();
        }
    }

    @Nested
    class SameResultOnBothPaths {
        /** A string literal with a '#' sends the loop down Velocity's own path without changing what it prints. */
        private static final String FORCE_VELOCITY_PATH = "#set($unused = \"#\")";

        @ParameterizedTest
        @ValueSource(strings = {
            "#foreach($x in [1,2,3])$velocityCount:$foreach.count:$foreach.index:$foreach.hasNext:$foreach.first:"
                    + "$foreach.last;BODY#end|$velocityCount",
            "#foreach($a in [1,2])#foreach($b in [7,8,9])$velocityCount;BODY#end$velocityCount#end[$velocityCount]",
            "#foreach($a in [1,2,3])#if($velocityCount == 2)#break#end$velocityCount;BODY#end",
            "#foreach($a in [1,2])#foreach($b in [3,4])$foreach.parent.count$foreach.count$velocityCount;BODY#end#end",
            "#set($velocityCount = 'outer')#foreach($a in [1,2])$velocityCount#set($velocityCount = 'in')BODY"
                    + "$velocityCount#end$velocityCount",
            "#foreach($a in [1..1005])BODY#set($last = $velocityCount)#end$last $velocityCount",
            "#foreach($a in {'k': 1, 'j': 2})$velocityCount$a;BODY#end",
            "#foreach($a in [])BODY#else none $velocityCount#end"
        })
        void theDirectCounterMatchesVelocitysPath(String template) {
            String direct = render(template.replace("BODY", ""));
            String velocity = render(template.replace("BODY", FORCE_VELOCITY_PATH));
            assertThat(direct).isEqualTo(velocity).isNotEmpty();
        }

        @Test
        void rebindingTheScopeFreezesTheCounterAsBefore() {
            assertThat(render("#foreach($x in [1,2,3])#set($foreach = 'gone')$velocityCount#end|$velocityCount|"
                    + "$foreach")).isEqualTo("111||gone");
        }
    }
}
