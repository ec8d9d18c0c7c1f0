package dev.apigw.simulator.vtl;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Parsed templates keyed by their text, so rendering never re-parses (parsing costs Velocity about five renders).
 * A parsed {@link Template} is immutable and safe to merge from many threads at once.
 */
final class TemplateCache {
    /** API Gateway quota: mapping template size. */
    static final int MAX_TEMPLATE_BYTES = 300 * 1024;
    private static final int MAX_ENTRIES = 2048;

    private final RuntimeInstance runtime;
    private final ConcurrentHashMap<String, Template> templates = new ConcurrentHashMap<>();

    TemplateCache(RuntimeInstance runtime) {
        this.runtime = runtime;
    }

    Template get(String templateName, String text) {
        Template cached = templates.get(text);
        if (cached != null) {
            return cached;
        }
        Template parsed = parse(templateName, text);
        if (templates.size() >= MAX_ENTRIES) {
            templates.clear(); // crude bound; a simulator rarely holds this many distinct templates
        }
        Template raced = templates.putIfAbsent(text, parsed);
        return raced != null ? raced : parsed;
    }

    Template parse(String templateName, String text) {
        int bytes = text.length() > MAX_TEMPLATE_BYTES / 3 ? text.getBytes(StandardCharsets.UTF_8).length : 0;
        if (bytes > MAX_TEMPLATE_BYTES) {
            throw new TemplateException(templateName, 0, 0, "the template is " + bytes + " bytes; API Gateway "
                    + "accepts mapping templates up to 300 KB (" + MAX_TEMPLATE_BYTES + " bytes)");
        }
        Template template = new Template();
        template.setName(templateName);
        template.setRuntimeServices(runtime);
        try {
            SimpleNode root = runtime.parse(new StringReader(text), template);
            template.setData(root);
            template.initDocument();
        } catch (ParseException e) {
            throw ErrorTranslator.parseError(templateName, e);
        } catch (RuntimeException e) {
            throw ErrorTranslator.renderError(templateName, e);
        }
        return template;
    }
}
