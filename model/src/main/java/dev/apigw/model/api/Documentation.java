package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code x-amazon-apigateway-documentation}: a version and documentation parts. */
public record Documentation(Optional<String> version, List<DocumentationPart> documentationParts,
        Map<String, Object> unknownProperties) {

    public Documentation {
        documentationParts = Immutable.list(documentationParts);
        unknownProperties = Immutable.map(unknownProperties);
    }

    /** One part: where it documents ({@code type}, {@code path}, {@code method}...) and the properties object. */
    public record DocumentationPart(Map<String, Object> location, Object properties) {
        public DocumentationPart {
            location = Immutable.map(location);
        }
    }
}
