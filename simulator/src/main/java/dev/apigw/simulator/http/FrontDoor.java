package dev.apigw.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What API Gateway's front door does to a client's request headers before the API sees them.
 *
 * <p>It adds {@code X-Forwarded-For} (the client's address, appended to any the client sent), {@code X-Forwarded-Port}
 * and {@code X-Forwarded-Proto} (the port and scheme the client connected to, replacing any the client sent). On AWS
 * these are always {@code 443} and {@code https}; a local server reports its own port and {@code http}, so functions
 * that build links from them point back at the local server.
 *
 * <p>It drops the hop-by-hop and framing headers AWS never passes on, not even to a Lambda proxy event:
 * {@code Connection}, {@code Content-Length}, {@code Content-MD5}, {@code Expect}, {@code Max-Forwards},
 * {@code Proxy-Authenticate}, {@code Server}, {@code TE}, {@code Transfer-Encoding}, {@code Trailer},
 * {@code Upgrade}, {@code WWW-Authenticate} (recorded against AWS: LocalStack's REST API snapshot tests).
 */
public final class FrontDoor {
    /** Looked up for every header of every proxied request: case-insensitive, without lower-casing copies. */
    private static final Set<String> DROPPED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        DROPPED.addAll(List.of("connection", "content-length", "content-md5", "expect", "max-forwards",
                "proxy-authenticate", "server", "te", "transfer-encoding", "trailer", "upgrade", "www-authenticate"));
    }

    private FrontDoor() {
    }

    /** Whether API Gateway drops this request header before any integration sees it. */
    public static boolean dropped(String header) {
        return DROPPED.contains(header);
    }

    /** The headers without the ones API Gateway drops; the same map when there is none to drop. */
    public static Map<String, List<String>> withoutDropped(Map<String, List<String>> headers) {
        boolean any = false;
        for (String name : headers.keySet()) {
            if (dropped(name)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return headers;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!dropped(name)) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    /**
     * Adds to the client's (mutable) headers the {@code X-Forwarded-*} headers the front door adds, for a client at
     * {@code clientIp} that connected to {@code port} over {@code scheme}.
     */
    public static void addForwarded(Map<String, List<String>> headers, String clientIp, int port, String scheme) {
        List<String> chain = new ArrayList<>(HttpHeaders.remove(headers, "X-Forwarded-For"));
        chain.add(clientIp);
        headers.put("X-Forwarded-For", List.of(String.join(", ", chain)));
        HttpHeaders.set(headers, "X-Forwarded-Port", Integer.toString(port));
        HttpHeaders.set(headers, "X-Forwarded-Proto", scheme);
    }
}
