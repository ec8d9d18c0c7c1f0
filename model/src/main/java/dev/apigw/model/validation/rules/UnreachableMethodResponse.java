package dev.apigw.model.validation.rules;

import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.HashSet;
import java.util.Set;

/** APIGW307: method responses no integration response produces (non-proxy REST integrations). */
public final class UnreachableMethodResponse implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW307", Category.INTEGRATIONS,
            "Method response no integration response returns",
            "With a non-proxy integration a client only sees the statuses its integration responses map to, or "
                    + "those API Gateway answers itself (400 from a validator, 403, 429...); a declared status neither "
                    + "can produce is documentation that cannot happen.",
            "method responses `200` and `404`, integration responses only `default: 200`",
            "add an integration response (selection pattern) for it, or drop the method response");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Statuses API Gateway can answer by itself: every gateway response type's default, and customised ones. */
    private static Set<String> gatewayStatuses(ValidationContext context) {
        Set<String> out = new HashSet<>();
        for (GatewayResponseType t : GatewayResponseType.values()) {
            if (t.defaultStatus() > 0) {
                out.add(String.valueOf(t.defaultStatus()));
            }
        }
        context.api().settings().gatewayResponses().values().forEach(g -> g.statusCode().ifPresent(out::add));
        return out;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (Operation op : context.operations()) {
            if (op.integration().isEmpty() || op.integration().get().type().map(t -> t.isProxy()).orElse(true)
                    || op.integration().get().responses().isEmpty()) {
                continue; // no integration responses at all is APIGW308
            }
            for (MethodResponse response : op.method().responses()) {
                boolean reached = op.integration().get().responses().stream()
                        .anyMatch(r -> r.statusCode().equals(response.statusCode()));
                if (StatusCodes.isStatus(response.statusCode()) && !reached
                        && !gatewayStatuses(context).contains(response.statusCode())) {
                    findings.at(Pointers.child(Pointers.child(op.pointer(), "responses"), response.statusCode()),
                            op.label() + " declares a " + response.statusCode()
                                    + " response that no integration response returns");
                }
            }
        }
    }
}
