package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Authorizer;
import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.SecurityScheme;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every stage variable the API reads, and where: {@code ${stageVariables.x}} in URIs and ARNs, {@code stageVariables.x}
 * in parameter mappings, and {@code $stageVariables.x} / {@code $stageVariables['x']} in templates.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html">AWS: stage variables reference</a>
 */
final class StageVariableUses {
    private static final Pattern IN_TEXT = Pattern.compile(
            "\\$!?\\{?stageVariables(?:\\.([A-Za-z0-9_]+)|\\[\\s*['\"]([^'\"]+)['\"]\\s*]|\\.get\\(\\s*['\"]([^'\"]+)['\"]\\s*\\))");
    private static final Pattern MAPPING = Pattern.compile("stageVariables\\.([A-Za-z0-9_]+)");

    /** One use: the variable, where it is, and whether the call cannot work without it (URIs, ARNs). */
    record Use(String name, String pointer, String where, boolean required) {
    }

    private StageVariableUses() {
    }

    static List<Use> of(ValidationContext context) {
        List<Use> out = new ArrayList<>();
        for (IntegrationSite site : IntegrationSite.all(context)) {
            Integration i = site.integration();
            text(out, i.uri(), site.field("uri"), "the integration URI", true);
            text(out, i.credentials(), site.field("credentials"), "the integration credentials", true);
            text(out, i.connectionId(), site.field("connectionId"), "the VPC link connectionId", true);
            i.requestParameters().forEach((k, v) -> mapping(out, v, Pointers.child(site.field("requestParameters"), k)));
            i.requestTemplates().forEach((type, t) -> text(out, Optional.of(t),
                    Pointers.child(site.field("requestTemplates"), type), "a request template", false));
            for (IntegrationResponse r : i.responses()) {
                String base = site.response(r.selectionPattern());
                r.responseParameters().forEach((k, v) -> mapping(out, v,
                        Pointers.child(Pointers.child(base, "responseParameters"), k)));
                r.responseTemplates().forEach((type, t) -> text(out, Optional.of(t),
                        Pointers.child(Pointers.child(base, "responseTemplates"), type), "a response template", false));
            }
        }
        for (SecurityScheme scheme : context.api().securitySchemes().values()) {
            Optional<Authorizer> a = scheme.authorizer();
            String base = Pointers.child(Pointers.child("/components/securitySchemes", scheme.name()),
                    "x-amazon-apigateway-authorizer");
            text(out, a.flatMap(Authorizer::authorizerUri), Pointers.child(base, "authorizerUri"),
                    "the authorizerUri of '" + scheme.name() + "'", true);
            text(out, a.flatMap(Authorizer::authorizerCredentials), Pointers.child(base, "authorizerCredentials"),
                    "the authorizerCredentials of '" + scheme.name() + "'", true);
        }
        for (GatewayResponse g : context.api().settings().gatewayResponses().values()) {
            String base = Pointers.child(GatewayResponses.BASE, g.type());
            g.responseParameters().forEach((k, v) -> mapping(out, v,
                    Pointers.child(Pointers.child(base, "responseParameters"), k)));
            g.responseTemplates().forEach((type, t) -> text(out, Optional.of(TextValue.of(t)),
                    Pointers.child(Pointers.child(base, "responseTemplates"), type), "a gateway response template",
                    false));
        }
        return out;
    }

    /** Names used in one string, in order. */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static void text(List<Use> out, Optional<TextValue> value, String pointer, String where,
            boolean required) {
        value.flatMap(TextValue::literal).ifPresent(t -> names(t).stream().distinct()
                .forEach(n -> out.add(new Use(n, pointer, where, required))));
    }

    private static void mapping(List<Use> out, String source, String pointer) {
        Matcher m = MAPPING.matcher(source.trim());
        if (m.matches()) {
            out.add(new Use(m.group(1), pointer, "a parameter mapping", false));
        }
    }

}
