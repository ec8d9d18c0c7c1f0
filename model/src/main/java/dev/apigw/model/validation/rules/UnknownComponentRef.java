package dev.apigw.model.validation.rules;

import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** APIGW204: parameter, request body and response {@code $ref}s that point nowhere. */
public final class UnknownComponentRef implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW204", Category.REFERENCES,
            "Parameter, request body or response `$ref` does not resolve",
            "A `$ref` to `#/components/parameters|requestBodies|responses/X` that names nothing is dropped or "
                    + "fails the import, so the method loses its parameters or responses.",
            "`$ref: '#/components/parameters/limit'` with no such parameter", "define the component or fix the $ref");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Operation op : context.operations()) {
            List<Parameter> params = op.method().parameters();
            for (int i = 0; i < params.size(); i++) {
                Parameter p = params.get(i);
                if (p.ref().isPresent() && context.api().resolve(p).isEmpty()) {
                    findings.at(Pointers.child(Pointers.child(op.pointer(), "parameters"), i), op.label()
                            + ": parameter $ref '" + p.ref().get() + "' does not resolve");
                }
            }
            op.method().requestBody().flatMap(b -> b.ref()).filter(r -> !resolves(context, r, "requestBodies"))
                    .ifPresent(r -> findings.at(Pointers.child(op.pointer(), "requestBody"), op.label()
                            + ": request body $ref '" + r + "' does not resolve"));
            for (MethodResponse response : op.method().responses()) {
                response.ref().filter(r -> !resolves(context, r, "responses")).ifPresent(r -> findings.at(
                        Pointers.child(Pointers.child(op.pointer(), "responses"), response.statusCode()),
                        op.label() + ": response $ref '" + r + "' does not resolve"));
            }
        }
        for (var resource : context.api().resources()) {
            for (int i = 0; i < resource.parameters().size(); i++) {
                Parameter p = resource.parameters().get(i);
                if (p.ref().isPresent() && context.api().resolve(p).isEmpty()) {
                    findings.at(Pointers.child(Pointers.child(Pointers.path(resource), "parameters"), i),
                            resource.path() + ": parameter $ref '" + p.ref().get() + "' does not resolve");
                }
            }
        }
    }

    // Only local component refs are judged; a ref elsewhere (another file, a URL) is not ours to resolve.
    private static boolean resolves(ValidationContext context, String ref, String kind) {
        String prefix = "#/components/" + kind + "/";
        if (!ref.startsWith(prefix)) {
            return true;
        }
        Optional<Object> group = Optional.ofNullable(context.api().otherComponents().get(kind));
        return group.filter(g -> g instanceof Map<?, ?> m && m.containsKey(ref.substring(prefix.length()))).isPresent();
    }
}
