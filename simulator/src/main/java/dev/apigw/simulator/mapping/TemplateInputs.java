package dev.apigw.simulator.mapping;

import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.vtl.TemplateInput;

/** What mapping templates see: the method request's parameters, the stage variables and {@code $context}. */
public final class TemplateInputs {
    private TemplateInputs() {
    }

    /** For request templates: {@code $input} is the client's body. */
    public static TemplateInput request(Invocation inv) {
        return forBody(inv, inv.request().bodyText());
    }

    /** For response templates: {@code $input} is the integration's response body. */
    public static TemplateInput forBody(Invocation inv, String body) {
        return new TemplateInput(body, inv.pathParameters(), inv.request().query(), inv.request().headers(),
                inv.stageVariables(), inv.context());
    }
}
