package dev.apigw.model.validation.rules;

import dev.apigw.model.api.GatewayResponse;
import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** APIGW004: gateway responses AWS cannot create. */
public final class GatewayResponses implements Rule {
    static final String BASE = "/x-amazon-apigateway-gateway-responses";

    static final RuleInfo INFO = RuleInfo.error("APIGW004", Category.STRUCTURE,
            "Gateway response of a type API Gateway does not have, or with a bad status",
            "AWS fails the import for an unknown response type (a typo such as `UNAUTHORISED` is common) or a "
                    + "`statusCode` that is not an HTTP status.",
            "`x-amazon-apigateway-gateway-responses: {UNAUTHORISED: ...}`",
            "use one of the documented types (DEFAULT_4XX, UNAUTHORIZED, ACCESS_DENIED, ...)")
            .superseding("APIGW-IMPORT-003");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!context.isRest()) {
            return;
        }
        for (GatewayResponse response : context.api().settings().gatewayResponses().values()) {
            String pointer = Pointers.child(BASE, response.type());
            if (GatewayResponseType.parse(response.type()).isEmpty()) {
                findings.at(pointer, "API Gateway has no gateway response type '" + response.type() + "'",
                        "use one of " + Arrays.stream(GatewayResponseType.values()).map(Enum::name)
                                .collect(Collectors.joining(", ")));
            }
            response.statusCode().filter(s -> !StatusCodes.isStatus(s)).ifPresent(s -> findings.at(
                    Pointers.child(pointer, "statusCode"), "gateway response " + response.type()
                            + " has statusCode '" + s + "', which is not an HTTP status", "use a status such as \"401\""));
        }
    }
}
