package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Optional;

/** HTTP API JWT authorizer settings. */
public record JwtConfiguration(Optional<TextValue> issuer, List<TextValue> audience) {
    public JwtConfiguration {
        audience = Immutable.list(audience);
    }
}
