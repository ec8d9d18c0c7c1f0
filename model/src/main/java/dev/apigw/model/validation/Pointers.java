package dev.apigw.model.validation;

import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import java.util.Locale;

/** JSON pointers (RFC 6901) into the definition in its OpenAPI 3 shape, as rules report them. */
public final class Pointers {
    public static final String ANY_METHOD_KEY = "x-amazon-apigateway-any-method";
    public static final String INTEGRATION_KEY = "x-amazon-apigateway-integration";

    private Pointers() {
    }

    public static String child(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    public static String path(Resource resource) {
        return child("/paths", resource.path());
    }

    /** The operation: {@code /paths/~1pets/get}, or the any-method key for ANY. */
    public static String method(Resource resource, Method method) {
        String key = method.isAny() ? ANY_METHOD_KEY : method.httpMethod().toLowerCase(Locale.ROOT);
        return child(path(resource), key);
    }

    /** True when {@code pointer} is {@code ancestor} or lies beneath it (segment-wise, not by string prefix). */
    public static boolean isWithin(String pointer, String ancestor) {
        return ancestor.isEmpty() || pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }
}
