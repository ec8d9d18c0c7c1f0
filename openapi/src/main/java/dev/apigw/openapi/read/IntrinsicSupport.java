package dev.apigw.openapi.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.openapi.cfn.IntrinsicResolver;
import dev.apigw.openapi.source.SourceDocument;
import java.util.Map;

/**
 * CloudFormation intrinsics in a standalone OpenAPI document. With no values given ({@code --param}, the project
 * file's {@code parameters}) every intrinsic stays verbatim with a warning, so an import → export round trip gives
 * back exactly what was written; with values, they are resolved as CloudFormation would.
 */
final class IntrinsicSupport {
    private IntrinsicSupport() {
    }

    static ObjectNode resolve(ObjectNode doc, SourceDocument source, Map<String, String> parameters,
            Diagnostics diagnostics) {
        if (!IntrinsicResolver.containsIntrinsics(doc)) {
            return doc;
        }
        if (parameters.isEmpty()) {
            warnEach(doc, "", source, diagnostics);
            return doc;
        }
        JsonNode resolved = IntrinsicResolver.standalone(parameters).resolve(doc, source, "", diagnostics);
        return resolved instanceof ObjectNode o ? o : doc;
    }

    private static void warnEach(JsonNode node, String pointer, SourceDocument source, Diagnostics diagnostics) {
        if (ReadContext.isIntrinsic(node)) {
            String function = node.fieldNames().next();
            diagnostics.add(Diagnostic.warning(IntrinsicResolver.RULE_UNRESOLVED, source.locate(pointer),
                    "CloudFormation " + function + " kept verbatim: no values were given to resolve it",
                    "pass --param Name=value (or set parameters: in apigw.yaml) for the names it uses"));
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> warnEach(e.getValue(), Pointer.child(pointer, e.getKey()), source,
                    diagnostics));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                warnEach(node.get(i), Pointer.child(pointer, i), source, diagnostics);
            }
        }
    }
}
