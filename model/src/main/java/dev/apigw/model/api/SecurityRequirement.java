package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;

/** One OpenAPI security requirement object: scheme name → scopes. All schemes in it apply together. */
public record SecurityRequirement(Map<String, List<String>> schemes) {

    public SecurityRequirement {
        schemes = Immutable.map(schemes);
    }
}
