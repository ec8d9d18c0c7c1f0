package dev.apigw.simulator.server;

import dev.apigw.simulator.collect.FrozenMap;
import dev.apigw.simulator.http.FrontDoor;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Javalin exchange into the simulator's {@link HttpRequest} and writes an {@link HttpResponse} back. */
final class ExchangeAdapter {
    /** Read at most one byte over API Gateway's 10 MB limit; the pipeline answers 413 for that. */
    static final int READ_LIMIT = 10 * 1024 * 1024 + 1;
    private static final byte[] EMPTY = new byte[0];

    private ExchangeAdapter() {
    }

    static HttpRequest request(Context ctx) throws IOException {
        HttpServletRequest req = ctx.req();
        String rawPath = req.getRequestURI();
        return new HttpRequest(req.getMethod(), rawPath == null ? "/" : rawPath, headers(req),
                HttpRequest.parseQuery(req.getQueryString()), readBody(req), req.getRemoteAddr());
    }

    /**
     * The client's headers; the front door's {@code X-Forwarded-*} are added to them and the result frozen once: the
     * request and every template render then share that map instead of copying it.
     */
    private static Map<String, List<String>> headers(HttpServletRequest req) {
        LinkedHashMap<String, List<String>> headers = new LinkedHashMap<>();
        Enumeration<String> names = req.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = req.getHeaders(name);
            String first = values.hasMoreElements() ? values.nextElement() : null;
            if (first == null) {
                headers.put(name, List.of());
            } else if (!values.hasMoreElements()) {
                headers.put(name, List.of(first));
            } else {
                List<String> all = new ArrayList<>();
                all.add(first);
                values.asIterator().forEachRemaining(all::add);
                headers.put(name, List.copyOf(all));
            }
        }
        FrontDoor.addForwarded(headers, req.getRemoteAddr(), req.getLocalPort(), req.getScheme());
        return FrozenMap.adopt(headers);
    }

    /**
     * Writes the body straight to the servlet stream with its length declared: Javalin's {@code ctx.result} would
     * copy it through a fresh 32 KB buffer per request, and Jetty sends a declared length in one write.
     */
    static void write(Context ctx, HttpResponse response) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(response.status());
        response.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                for (String value : values) {
                    res.addHeader(name, value);
                }
            } else if (!values.isEmpty()) {
                res.setContentType(values.get(0));
            }
        });
        byte[] body = response.body();
        res.setContentLength(body.length);
        if (body.length > 0) {
            res.getOutputStream().write(body);
        }
    }

    /**
     * Most requests (every GET) have no body; {@code readNBytes(READ_LIMIT)} would still allocate a 16 KB buffer
     * for each, so a declared length is read exactly and an undeclared one is probed with one read first.
     */
    private static byte[] readBody(HttpServletRequest req) throws IOException {
        long declared = req.getContentLengthLong();
        // HTTP/1.1 requests have a body only with Content-Length or Transfer-Encoding; probing the stream of one
        // without either (every plain GET) makes Jetty wait for content that never comes, a costly round trip.
        if (declared == 0 || (declared < 0 && req.getHeader("Transfer-Encoding") == null)) {
            return EMPTY;
        }
        InputStream in = req.getInputStream();
        if (declared > 0 && declared <= READ_LIMIT) {
            return in.readNBytes((int) declared);
        }
        int first = in.read();
        if (first < 0) {
            return EMPTY;
        }
        byte[] rest = in.readNBytes(READ_LIMIT - 1);
        byte[] body = new byte[rest.length + 1];
        body[0] = (byte) first;
        System.arraycopy(rest, 0, body, 1, rest.length);
        return body;
    }
}
