package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** APIGW105: mappings from method request parameters the method does not have. */
public final class UndeclaredMethodParameter implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW105", Category.PARAMETERS,
            "Mapping reads a method request parameter the method does not declare",
            "API Gateway only maps parameters the method request declares; AWS fails the import with \"Invalid "
                    + "mapping expression parameter specified: method.request.querystring.x\".",
            "`integration.request.querystring.q: method.request.querystring.q` with no `q` query parameter",
            "declare the parameter on the operation (in: path, query or header)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (Operation op : context.operations()) {
            if (op.integration().isEmpty()) {
                continue;
            }
            Integration integration = op.integration().get();
            String base = Pointers.child(op.integrationPointer(), "requestParameters");
            for (Map.Entry<String, String> e : integration.requestParameters().entrySet()) {
                check(context, op, e.getValue(), Pointers.child(base, e.getKey()), findings);
            }
            for (int i = 0; i < integration.cacheKeyParameters().size(); i++) {
                check(context, op, integration.cacheKeyParameters().get(i),
                        Pointers.child(Pointers.child(op.integrationPointer(), "cacheKeyParameters"), i), findings);
            }
        }
    }

    private static void check(ValidationContext context, Operation op, String source, String pointer,
            Findings findings) {
        Optional<Matcher> m = MappingExpressions.match(MappingExpressions.METHOD_REQUEST_SOURCE, source);
        if (m.isEmpty()) {
            return;
        }
        String where = m.get().group(1);
        String name = m.get().group(2);
        ParameterLocation location = switch (where) {
            case "path" -> ParameterLocation.PATH;
            case "header", "multivalueheader" -> ParameterLocation.HEADER;
            default -> ParameterLocation.QUERY;
        };
        // A variable of the path is tolerated even undeclared: APIGW101 reports the missing declaration.
        boolean inPath = location == ParameterLocation.PATH
                && PathTemplate.variables(op.resource().path()).contains(name);
        if (!inPath && !op.declares(context.api(), location, name)) {
            findings.at(pointer, op.label() + " maps " + source.trim() + ", but declares no " + location.openApiName()
                    + " parameter '" + name + "'");
        }
    }
}
