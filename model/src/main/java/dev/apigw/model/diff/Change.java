package dev.apigw.model.diff;

/**
 * One difference between two API versions.
 *
 * @param kind what changed
 * @param method the HTTP method ({@code ANY} for the any-method), empty for a whole route or the API
 * @param path the resource path as written in the version that has it (the new one, unless it was removed)
 * @param pointer JSON pointer into that version's definition in its OpenAPI 3 shape
 * @param message one line for people
 */
public record Change(ChangeKind kind, String method, String path, String pointer, String message) {

    public boolean breaking() {
        return kind.breaking();
    }

    /** {@code GET /pets/{id}}, or the path alone for a route. */
    public String location() {
        return method.isEmpty() ? path : method + " " + path;
    }
}
