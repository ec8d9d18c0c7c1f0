package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every VTL mapping template of the API's integrations (request and response), with the pointer to its string.
 * Gateway response templates are left out: API Gateway substitutes variables in them without running VTL.
 */
record TemplateSite(String pointer, String text, String what) {

    static List<TemplateSite> of(ValidationContext context) {
        List<TemplateSite> out = new ArrayList<>();
        for (IntegrationSite site : IntegrationSite.all(context)) {
            Integration i = site.integration();
            add(out, i.requestTemplates(), site.field("requestTemplates"), "request template");
            for (IntegrationResponse r : i.responses()) {
                add(out, r.responseTemplates(), Pointers.child(site.response(r.selectionPattern()), "responseTemplates"),
                        "response template");
            }
        }
        return out;
    }

    private static void add(List<TemplateSite> out, Map<String, TextValue> templates, String base, String what) {
        templates.forEach((type, value) -> value.literal().ifPresent(text -> out.add(
                new TemplateSite(Pointers.child(base, type), text, what + " " + type))));
    }

    int bytes() {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
