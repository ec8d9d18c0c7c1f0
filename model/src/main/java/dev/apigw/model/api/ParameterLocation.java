package dev.apigw.model.api;

import java.util.Locale;
import java.util.Optional;

/** Where a method request parameter lives; names as in OpenAPI's {@code in}. */
public enum ParameterLocation {
    PATH("path"),
    QUERY("query"),
    HEADER("header"),
    COOKIE("cookie");

    private final String openApiName;

    ParameterLocation(String openApiName) {
        this.openApiName = openApiName;
    }

    public String openApiName() {
        return openApiName;
    }

    /** The word API Gateway uses in {@code method.request.<word>.name} expressions. */
    public String requestExpressionWord() {
        return this == QUERY ? "querystring" : openApiName;
    }

    public static Optional<ParameterLocation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ParameterLocation l : values()) {
            if (l.openApiName.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
