package dev.apigw.simulator.vtl;

import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;
import org.slf4j.helpers.NOPLogger;

/**
 * A Velocity 2 runtime set up to behave like the Velocity 1.7 that API Gateway runs, with AWS's limits and a sandbox.
 * Each setting says which API Gateway behaviour it reproduces.
 */
final class VelocityRuntimeFactory {
    /** API Gateway quota: iterations in a {@code #foreach ... #end} loop in mapping templates. */
    static final int MAX_FOREACH_ITERATIONS = 1000;
    /** Bounds {@code #macro} recursion so a template cannot recurse forever. */
    static final int MAX_MACRO_DEPTH = 20;

    private VelocityRuntimeFactory() {
    }

    static RuntimeInstance create() {
        RuntimeInstance runtime = new RuntimeInstance();
        // Velocity 1.7 whitespace: a #set line swallows its newline, as in the AWS examples' output.
        runtime.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        // Velocity 1.7 allowed '-' in identifiers; AWS's Kinesis example uses $elem.partition-key.
        runtime.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, true);
        // Velocity 1.7 #if: only null and false are false; "" is true (hence AWS users' $x.length() checks).
        runtime.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);
        runtime.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, MAX_FOREACH_ITERATIONS);
        runtime.setProperty(RuntimeConstants.VM_MAX_DEPTH, MAX_MACRO_DEPTH);
        // Macros defined in one API's template must not leak into another's; templates share this runtime.
        runtime.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, true);
        runtime.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, false);
        runtime.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, false);
        // Template problems become TemplateExceptions; Velocity's own log would only duplicate them.
        runtime.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        runtime.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SandboxUberspect.class.getName());
        runtime.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, QuietReferences.class.getName());
        runtime.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, String.join(",", VtlForeach.class.getName(),
                ForbiddenDirective.Include.class.getName(), ForbiddenDirective.Parse.class.getName()));
        // No file access at all: templates come from strings, there is no macro library to load.
        runtime.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
        runtime.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
        runtime.setProperty(RuntimeConstants.VM_LIBRARY, "");
        runtime.init();
        return runtime;
    }
}
