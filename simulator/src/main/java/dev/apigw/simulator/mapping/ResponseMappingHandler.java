package dev.apigw.simulator.mapping;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.TextValue;
import dev.apigw.simulator.aws.AwsServiceUri;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import dev.apigw.simulator.vtl.RenderResult;
import dev.apigw.simulator.vtl.VtlEngine;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the integration result into the method response. Proxy integrations pass through; the others select an
 * integration response, map {@code responseParameters}, render the response template chosen by Accept, and apply
 * {@code $context.responseOverride.*} from the request and response templates.
 */
public final class ResponseMappingHandler implements Handler {
    private final VtlEngine vtl;
    private final BinaryMediaTypes binary;

    public ResponseMappingHandler(VtlEngine vtl, BinaryMediaTypes binary) {
        this.vtl = vtl;
        this.binary = binary;
    }

    @Override
    public Outcome handle(Invocation inv) {
        Integration integration = inv.integration().orElseThrow();
        IntegrationType type = integration.type().orElse(IntegrationType.MOCK);
        IntegrationResult result = inv.integrationResult().orElseThrow();
        if (type.isProxy()) {
            inv.response(new HttpResponse(result.status(), result.headers(), result.body()));
            return Outcome.RESPOND;
        }
        // Lambda (AWS type) selects on the function's errorMessage; AWS services, like HTTP, on the status code.
        boolean lambda = type == IntegrationType.AWS
                && inv.integrationRequest().map(r -> AwsServiceUri.isLambda(r.uri())).orElse(true);
        Optional<String> subject = lambda
                ? result.errorMessage()
                : Optional.of(Integer.toString(result.status()));
        Optional<IntegrationResponse> found = ResponseSelector.select(integration.responses(), subject);
        if (found.isEmpty()) {
            inv.logError("map response", "Execution failed due to configuration error: no integration response matches "
                    + subject.orElse("the result") + " and there is no default response");
            throw GatewayErrors.internalError();
        }
        IntegrationResponse selected = found.get();
        inv.selectedResponse(selected.selectionPattern());
        if (inv.traced()) {
            inv.log("map response", "Selected integration response " + selected.selectionPattern() + " -> "
                    + selected.statusCode());
        }

        int status = parseStatus(selected.statusCode(), inv);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (type == IntegrationType.AWS) {
            headers.putAll(HeaderRules.remappedOnly(result.headers()));
        }
        Optional<String> accept = HttpHeaders.first(inv.request().headers(), "Accept");
        boolean binaryPayload = binary.isBinary(HttpHeaders.first(result.headers(), "Content-Type"));
        ContentConversion conversion = ContentConversion.forResponse(binaryPayload, binary.acceptsBinary(accept),
                selected.contentHandling());
        byte[] body = conversion == ContentConversion.ENCODE ? conversion.apply(result.body(), inv, "map response")
                : result.body();
        String contentType = ContentTypes.JSON;
        Optional<RenderResult> rendered = Optional.empty();
        Optional<Map.Entry<String, TextValue>> template = binaryPayload && conversion == ContentConversion.NONE
                ? Optional.empty()
                : responseTemplate(selected, ContentTypes.firstAccepted(accept));
        if (template.isPresent()) {
            contentType = template.get().getKey();
            RenderResult r = vtl.render(TemplateNames.response(contentType),
                    template.get().getValue().literal().orElse(""),
                    TemplateInputs.forResponse(inv, new String(body, StandardCharsets.UTF_8)));
            rendered = Optional.of(r);
            body = r.output().getBytes(StandardCharsets.UTF_8);
        }
        if (conversion != ContentConversion.NONE) {
            inv.log("map response", "Content handling " + selected.contentHandling().map(Enum::name)
                    .orElse("(by Accept)") + ": the " + (binaryPayload ? "binary" : "text") + " payload is "
                    + (conversion == ContentConversion.ENCODE ? "base64-encoded" : "base64-decoded"));
            body = conversion == ContentConversion.DECODE ? conversion.apply(body, inv, "map response") : body;
        }
        HttpHeaders.set(headers, "Content-Type", contentType);
        for (Map.Entry<String, String> p : selected.responseParameters().entrySet()) {
            if (!p.getKey().startsWith("method.response.header.")) {
                continue;
            }
            String name = p.getKey().substring("method.response.header.".length());
            checkLegal(name, type, inv);
            Optional<String> value = MappingValues.resolve(p.getValue(), inv);
            if (value.isPresent()) {
                HttpHeaders.set(headers, HeaderRules.mappedResponseName(name), value.get());
            }
        }
        status = applyResponseOverride(inv.requestTemplateResult(), status, headers, type, inv);
        status = applyResponseOverride(rendered, status, headers, type, inv);
        HttpResponse response = new HttpResponse(status, headers, body);
        if (inv.traced()) {
            inv.logData("map response", "Method response body after transformations: ",
                    Invocation.text(response.body()));
            inv.logData("map response", "Method response headers: ", response.headers());
        }
        inv.response(response);
        return Outcome.RESPOND;
    }

    /** {@code $context.responseOverride} of a rendered template: the status it sets, or {@code status}. */
    private static int applyResponseOverride(Optional<RenderResult> result, int status,
            Map<String, List<String>> headers, IntegrationType type, Invocation inv) {
        if (result.isEmpty()) {
            return status;
        }
        for (Map.Entry<String, String> h : result.get().responseHeaderOverrides().entrySet()) {
            checkLegal(h.getKey(), type, inv);
            HttpHeaders.set(headers, h.getKey(), h.getValue());
        }
        return result.get().statusOverride().orElse(status);
    }

    /** The template for the first type of Accept, else application/json, else the first one. */
    static Optional<Map.Entry<String, TextValue>> responseTemplate(IntegrationResponse response,
            Optional<String> accepted) {
        Map<String, TextValue> templates = response.responseTemplates();
        if (templates.isEmpty()) {
            return Optional.empty();
        }
        for (String wanted : List.of(accepted.orElse(ContentTypes.JSON), ContentTypes.JSON)) {
            for (Map.Entry<String, TextValue> e : templates.entrySet()) {
                if (e.getKey().equalsIgnoreCase(wanted)) {
                    return Optional.of(e);
                }
            }
        }
        return templates.entrySet().stream().findFirst();
    }

    private static void checkLegal(String header, IntegrationType type, Invocation inv) {
        if (HeaderRules.illegalMappingTarget(header, type)) {
            inv.logError("map response", "Execution failed due to configuration error: " + header
                    + " cannot be mapped in a method response");
            throw GatewayErrors.internalError();
        }
    }

    private static int parseStatus(String statusCode, Invocation inv) {
        try {
            return Integer.parseInt(statusCode.trim());
        } catch (NumberFormatException e) {
            inv.logError("map response", "Execution failed due to configuration error: status code '" + statusCode
                    + "' is not a number");
            throw GatewayErrors.internalError();
        }
    }
}
