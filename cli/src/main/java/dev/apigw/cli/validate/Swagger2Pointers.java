package dev.apigw.cli.validate;

/**
 * Rules point into the OpenAPI 3 shape; a Swagger 2 file keeps models under {@code /definitions}, security schemes
 * under {@code /securityDefinitions}, shared parameters and responses at the root, and response schemas without
 * {@code content}. These prefixes are rewritten; anything else is located at its nearest existing ancestor.
 */
final class Swagger2Pointers {
    private Swagger2Pointers() {
    }

    static String translate(String pointer) {
        String p = pointer;
        p = replacePrefix(p, "/components/schemas", "/definitions");
        p = replacePrefix(p, "/components/securitySchemes", "/securityDefinitions");
        p = replacePrefix(p, "/components/parameters", "/parameters");
        p = replacePrefix(p, "/components/responses", "/responses");
        // /paths/x/get/responses/200/content/application~1json/schema → /paths/x/get/responses/200/schema
        p = p.replaceAll("(/responses/[^/]+)/content/[^/]+/schema", "$1/schema");
        // a request body is a body parameter in Swagger 2; point at the operation's parameters
        p = p.replaceAll("/requestBody(/.*)?$", "/parameters");
        return p;
    }

    private static String replacePrefix(String pointer, String from, String to) {
        return pointer.equals(from) || pointer.startsWith(from + "/") ? to + pointer.substring(from.length()) : pointer;
    }
}
