package dev.apigw.simulator.auth;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Method;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Runs the matched method's authorizer, if it has one, through the {@link MethodAuthorizer} of its kind. */
public final class AuthorizationHandler implements Handler {
    private final Map<MethodSecurity.Kind, MethodAuthorizer> authorizers;
    private final Function<Method, MethodSecurity> security;

    public AuthorizationHandler(ApiDefinition api, Map<MethodSecurity.Kind, MethodAuthorizer> authorizers) {
        this.security = MethodSecurity.indexed(api);
        this.authorizers = new EnumMap<>(MethodSecurity.Kind.class);
        this.authorizers.putAll(authorizers);
    }

    @Override
    public Outcome handle(Invocation inv) {
        MethodSecurity security = inv.method().map(this.security).orElse(MethodSecurity.none());
        if (security.authorizer().isEmpty()) {
            return Outcome.CONTINUE;
        }
        MethodSecurity.Requirement requirement = security.authorizer().get();
        MethodAuthorizer authorizer = authorizers.get(requirement.kind());
        if (authorizer == null) {
            inv.logError("authorizer", "Execution failed: " + requirement.kind() + " authorizer '"
                    + requirement.schemeName() + "' cannot run in the simulator");
            throw GatewayErrors.internalError();
        }
        inv.log("authorizer", "Starting authorizer: " + requirement.schemeName() + " (" + requirement.kind() + ")");
        authorizer.authorize(inv, requirement);
        return Outcome.CONTINUE;
    }
}
