package dev.apigw.simulator.cors;

/** The CORS response header names. */
final class CorsHeaders {
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    static final String PREFIX = "Access-Control-";

    private CorsHeaders() {
    }
}
