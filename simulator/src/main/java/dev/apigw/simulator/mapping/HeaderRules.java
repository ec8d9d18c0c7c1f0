package dev.apigw.simulator.mapping;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which backend response headers API Gateway renames, drops or refuses to map. */
public final class HeaderRules {
    /** Renamed {@code x-amzn-Remapped-<Name>} when an HTTP or AWS integration returns them. */
    private static final Set<String> REMAPPED = Set.of("authorization", "connection", "content-length",
            "content-md5", "date", "expect", "host", "max-forwards", "proxy-authenticate", "server", "trailer",
            "upgrade", "user-agent", "www-authenticate");
    /** HTTP_PROXY: renamed too, including the backend's own request id (AWS sets its own x-amzn-RequestId). */
    private static final Set<String> PROXY_REMAPPED = Set.of("connection", "content-length", "date", "server",
            "x-amzn-requestid");
    /**
     * Method response headers that a non-proxy integration maps but API Gateway sets itself: they come back as
     * {@code x-amzn-Remapped-<Name>} (recorded against AWS: Connection, Content-Length, Date, x-amzn-RequestId).
     */
    private static final Set<String> MAPPED_REMAPPED = Set.of("connection", "content-length", "date",
            "x-amzn-requestid");
    private static final Set<String> PROXY_DROPPED = Set.of("content-encoding", "via", "transfer-encoding");
    /** Never mappable into an integration request: the request fails with 500 at invoke time. */
    private static final Set<String> ILLEGAL_REQUEST = Set.of("content-length", "transfer-encoding");
    private static final Set<String> ILLEGAL = Set.of("transfer-encoding");
    private static final Set<String> ILLEGAL_FOR_AWS = Set.of("authorization", "connection", "expect",
            "proxy-authenticate", "te");

    private HeaderRules() {
    }

    /** HTTP_PROXY: every header passes except the remapped and dropped ones. */
    public static Map<String, List<String>> proxyResponseHeaders(Map<String, List<String>> backend) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        backend.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (PROXY_DROPPED.contains(lower) || lower.equals(":status")) {
                return;
            }
            String target = PROXY_REMAPPED.contains(lower) ? "x-amzn-Remapped-" + name : name;
            values.forEach(v -> HttpHeaders.add(out, target, v));
        });
        return out;
    }

    /**
     * AWS (non-proxy): only the remapped headers come back, renamed; the rest need mappings. (HTTP returns none of
     * the backend's headers unless mapped.)
     */
    public static Map<String, List<String>> remappedOnly(Map<String, List<String>> backend) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        backend.forEach((name, values) -> {
            if (REMAPPED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> HttpHeaders.add(out, "x-amzn-Remapped-" + name, v));
            }
        });
        return out;
    }

    /** Whether mapping a method response header of this name fails the request (500) for this integration type. */
    public static boolean illegalMappingTarget(String header, IntegrationType type) {
        return containsIgnoringCase(ILLEGAL, header) || ((type == IntegrationType.AWS
                || type == IntegrationType.AWS_PROXY) && containsIgnoringCase(ILLEGAL_FOR_AWS, header));
    }

    /** The name a mapped method response header reaches the client under ({@code x-amzn-Remapped-<Name>} or its own). */
    public static String mappedResponseName(String header) {
        return containsIgnoringCase(MAPPED_REMAPPED, header) ? "x-amzn-Remapped-" + header : header;
    }

    /** Whether mapping an integration request header of this name fails the request (500) at invoke time. */
    public static boolean illegalRequestHeader(String header) {
        return containsIgnoringCase(ILLEGAL_REQUEST, header);
    }

    /** Checked on every mapped header of every response: a scan of a few names beats lower-casing a copy. */
    private static boolean containsIgnoringCase(Set<String> lowerCaseNames, String name) {
        for (String candidate : lowerCaseNames) {
            if (candidate.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
