package dev.apigw.openapi.write;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code apigw export openapi} writes, like {@code aws apigateway get-export}: the spec type, the format, which
 * extension groups to include, and optionally the stage whose name and variables go into the document.
 */
public record ExportOptions(SpecType type, Format format, Set<ExtensionGroup> extensions, Optional<String> stage) {

    public ExportOptions {
        extensions = Set.copyOf(extensions);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(SpecType.OAS30, Format.YAML, Set.of(ExtensionGroup.APIGATEWAY), Optional.empty());
    }

    public boolean includes(ExtensionGroup group) {
        return extensions.contains(ExtensionGroup.APIGATEWAY) || extensions.contains(group);
    }

    /** OpenAPI 3.0 or Swagger 2.0. */
    public enum SpecType {
        OAS30,
        SWAGGER;

        public static SpecType parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "oas30", "oas3", "openapi", "openapi3" -> OAS30;
                case "swagger", "swagger2", "oas2" -> SWAGGER;
                default -> throw new IllegalArgumentException("unknown export type '" + text
                        + "'; use oas30 or swagger");
            };
        }
    }

    /** JSON or YAML text. */
    public enum Format {
        JSON,
        YAML;

        public static Format parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "yaml", "yml" -> YAML;
                default -> throw new IllegalArgumentException("unknown format '" + text + "'; use json or yaml");
            };
        }
    }

    /**
     * {@code integrations} = {@code x-amazon-apigateway-integration(s)}, {@code authorizers} =
     * {@code x-amazon-apigateway-authorizer/-authtype}, {@code apigateway} = every extension.
     */
    public enum ExtensionGroup {
        INTEGRATIONS,
        AUTHORIZERS,
        APIGATEWAY;

        public static ExtensionGroup parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown extension group '" + text
                        + "'; use integrations, authorizers or apigateway");
            }
        }
    }
}
