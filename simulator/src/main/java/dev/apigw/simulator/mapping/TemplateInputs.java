package dev.apigw.simulator.mapping;

import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.vtl.RenderResult;
import dev.apigw.simulator.vtl.TemplateInput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What mapping templates see: the method request's parameters, the stage variables and {@code $context}. */
public final class TemplateInputs {
    private TemplateInputs() {
    }

    /** For request templates: {@code $input} is the client's body. */
    public static TemplateInput request(Invocation inv) {
        return forBody(inv, inv.request().bodyText());
    }

    /**
     * For response templates: {@code $input} is the integration's response body, and {@code $context} also holds the
     * {@code requestOverride} / {@code responseOverride} values the request template set, so the response template
     * reads them.
     */
    public static TemplateInput forResponse(Invocation inv, String body) {
        Optional<RenderResult> request = inv.requestTemplateResult();
        if (request.isEmpty() || !request.get().hasOverrides()) {
            return forBody(inv, body);
        }
        RenderResult r = request.get();
        Map<String, Object> context = new LinkedHashMap<>(inv.context());
        Map<String, Object> requestOverride = new LinkedHashMap<>();
        requestOverride.put("header", r.requestHeaderOverrides());
        requestOverride.put("querystring", r.requestQueryOverrides());
        requestOverride.put("path", r.requestPathOverrides());
        Map<String, Object> responseOverride = new LinkedHashMap<>();
        responseOverride.put("header", r.responseHeaderOverrides());
        r.statusOverride().ifPresent(s -> responseOverride.put("status", s));
        context.put("requestOverride", requestOverride);
        context.put("responseOverride", responseOverride);
        return new TemplateInput(body, inv.pathParameters(), inv.request().query(), inv.request().headers(),
                inv.stageVariables(), Collections.unmodifiableMap(context));
    }

    /** For templates over another body: {@code $input} is that body. */
    public static TemplateInput forBody(Invocation inv, String body) {
        return new TemplateInput(body, inv.pathParameters(), inv.request().query(), inv.request().headers(),
                inv.stageVariables(), inv.context());
    }
}
