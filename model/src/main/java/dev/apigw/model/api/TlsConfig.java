package dev.apigw.model.api;

import java.util.Optional;

/** {@code tlsConfig} of an HTTP integration. */
public record TlsConfig(Optional<Boolean> insecureSkipVerification, Optional<String> serverNameToVerify) {
}
