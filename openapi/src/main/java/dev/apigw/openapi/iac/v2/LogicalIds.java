package dev.apigw.openapi.iac.v2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The logical id a resolved reference names. {@code Ref} to a resource resolves to its logical id (resources are
 * named after it locally); {@code Fn::GetAtt [Id, ApiId]} and the like stay unresolved, and name their resource too.
 */
final class LogicalIds {
    private LogicalIds() {
    }

    static Optional<String> of(JsonNode reference) {
        if (reference.isTextual()) {
            return Optional.of(reference.asText()).filter(s -> !s.isBlank());
        }
        JsonNode getAtt = reference.path("Fn::GetAtt");
        if (getAtt.isArray() && getAtt.size() == 2 && getAtt.get(0).isTextual()) {
            return Optional.of(getAtt.get(0).asText());
        }
        if (getAtt.isTextual() && getAtt.asText().contains(".")) {
            return Optional.of(getAtt.asText().substring(0, getAtt.asText().indexOf('.')));
        }
        JsonNode ref = reference.path("Ref");
        return ref.isTextual() ? Optional.of(ref.asText()) : Optional.empty();
    }
}
