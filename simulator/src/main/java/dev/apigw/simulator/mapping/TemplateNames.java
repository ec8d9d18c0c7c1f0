package dev.apigw.simulator.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names templates carry in error messages ({@code request template application/json}), made once per content
 * type rather than concatenated for every render. Content types come from the API's templates, so the maps stay
 * as small as the API.
 */
final class TemplateNames {
    private static final Map<String, String> REQUEST = new ConcurrentHashMap<>();
    private static final Map<String, String> RESPONSE = new ConcurrentHashMap<>();

    private TemplateNames() {
    }

    static String request(String contentType) {
        return REQUEST.computeIfAbsent(contentType, type -> "request template " + type);
    }

    static String response(String contentType) {
        return RESPONSE.computeIfAbsent(contentType, type -> "response template " + type);
    }
}
