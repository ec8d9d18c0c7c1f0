package dev.apigw.simulator.vtl;

import org.apache.velocity.Template;

/**
 * Renders API Gateway mapping templates (Velocity Template Language with {@code $input}, {@code $util},
 * {@code $context} and {@code $stageVariables}) the way API Gateway does, in a sandbox.
 *
 * <p>Thread-safe; make one per simulator or CLI run. Parsed templates are cached by their text, so re-rendering
 * the same template never re-parses it.
 */
public final class VtlEngine {
    private final TemplateCache templates = new TemplateCache(VelocityRuntimeFactory.create());
    private final JsonPathReader paths = new JsonPathReader();
    private final ContextPool contexts = new ContextPool();

    public VtlEngine() {
    }

    /**
     * Renders {@code template} against {@code input}.
     *
     * @param templateName used in error messages, e.g. a file name or "integration request application/json"
     * @throws TemplateException if the template does not parse, fails while rendering or leaves the sandbox
     */
    public RenderResult render(String templateName, String template, TemplateInput input) {
        String text = template == null ? "" : template;
        Template parsed = templates.get(templateName, text);
        if (isLiteral(text)) {
            // Without a reference or a directive Velocity copies the text as it is and nothing can set an
            // override, so the merge (and the variables it needs) would only cost time.
            return RenderResult.of(text);
        }
        ContextPool.Slot slot = contexts.acquire();
        try {
            RenderScope scope = new RenderScope(input == null ? TemplateInput.empty() : input, paths, slot.variables);
            TextOutput out = slot.output;
            out.reserve(Math.min(text.length() * 2, 16384));
            parsed.merge(slot.context, out);
            return scope.result(out.toString());
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ErrorTranslator.renderError(templateName, e);
        } catch (StackOverflowError e) {
            throw new TemplateException(templateName, 0, 0, "the template recursed too deeply", e);
        } finally {
            slot.release();
        }
    }

    /** No {@code $} and no {@code #}: nothing Velocity would interpret, escapes included. */
    private static boolean isLiteral(String text) {
        return text.indexOf('$') < 0 && text.indexOf('#') < 0;
    }

    /**
     * Parses only, for validation; the parsed template is cached for later renders.
     *
     * @throws TemplateException with line and column if the template does not parse
     */
    public void parse(String templateName, String template) {
        templates.get(templateName, template == null ? "" : template);
    }
}
