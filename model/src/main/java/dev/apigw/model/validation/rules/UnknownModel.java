package dev.apigw.model.validation.rules;

import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.ModelSchema;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Map;

/** APIGW203: schema {@code $ref}s to models that do not exist. */
public final class UnknownModel implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW203", Category.REFERENCES,
            "Schema `$ref` names a model that is not defined",
            "Every `$ref: '#/components/schemas/X'` (`#/definitions/X` in Swagger 2) in a request body, response "
                    + "or model becomes an API Gateway model reference; AWS fails the import when X is missing.",
            "`$ref: '#/components/schemas/Pets'` with only `Pet` defined", "define the model or fix the name");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        Map<String, ModelSchema> models = context.api().models();
        for (ModelSchema model : models.values()) {
            walk(model.schema(), Pointers.child("/components/schemas", model.name()), models, findings);
        }
        for (Operation op : context.operations()) {
            op.method().requestBody().ifPresent(body -> body.content().forEach((type, media) -> walk(media,
                    Pointers.child(Pointers.child(Pointers.child(op.pointer(), "requestBody"), "content"), type),
                    models, findings)));
            for (MethodResponse response : op.method().responses()) {
                String base = Pointers.child(Pointers.child(Pointers.child(op.pointer(), "responses"),
                        response.statusCode()), "content");
                response.content().forEach((type, media) -> walk(media, Pointers.child(base, type), models, findings));
            }
        }
    }

    private static void walk(MediaType media, String pointer, Map<String, ModelSchema> models, Findings findings) {
        media.schema().ifPresent(s -> walk(s, Pointers.child(pointer, "schema"), models, findings));
    }

    private static void walk(Object node, String pointer, Map<String, ModelSchema> models, Findings findings) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (key.equals("$ref")) {
                    ModelSchema.nameFromRef(e.getValue()).map(n -> n.split("/", 2)[0])
                            .filter(n -> !models.containsKey(n))
                            .ifPresent(n -> findings.at(Pointers.child(pointer, "$ref"), "$ref '" + e.getValue()
                                    + "' names model '" + n + "', which is not defined"));
                } else {
                    walk(e.getValue(), Pointers.child(pointer, key), models, findings);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), Pointers.child(pointer, i), models, findings);
            }
        }
    }
}
