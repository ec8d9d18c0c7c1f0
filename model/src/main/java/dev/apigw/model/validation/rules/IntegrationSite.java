package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.validation.Operation;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An integration where it is written (an operation's own, or a shared {@code x-amazon-apigateway-integrations}
 * entry) and the operations that use it. Checks of the integration alone walk these, so a shared integration is
 * reported once, at its own place.
 */
record IntegrationSite(Integration integration, String pointer, List<Operation> usedBy) {

    static List<IntegrationSite> all(ValidationContext context) {
        Map<String, IntegrationSite> out = new LinkedHashMap<>();
        for (Operation op : context.operations()) {
            op.integration().ifPresent(i -> out.computeIfAbsent(op.integrationPointer(),
                    p -> new IntegrationSite(i, p, new ArrayList<>())).usedBy().add(op));
        }
        context.api().sharedIntegrations().forEach((name, i) -> out.computeIfAbsent(
                Pointers.child("/components/x-amazon-apigateway-integrations", name),
                p -> new IntegrationSite(i, p, new ArrayList<>())));
        return List.copyOf(out.values());
    }

    Optional<IntegrationType> type() {
        return integration.type();
    }

    boolean is(IntegrationType t) {
        return integration.type().filter(t::equals).isPresent();
    }

    String field(String name) {
        return Pointers.child(pointer, name);
    }

    String response(String selectionPattern) {
        return Pointers.child(field("responses"), selectionPattern);
    }
}
