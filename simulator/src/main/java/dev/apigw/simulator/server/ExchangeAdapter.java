package dev.apigw.simulator.server;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Javalin exchange into the simulator's {@link HttpRequest} and writes an {@link HttpResponse} back. */
final class ExchangeAdapter {
    /** Read at most one byte over API Gateway's 10 MB limit; the pipeline answers 413 for that. */
    static final int READ_LIMIT = 10 * 1024 * 1024 + 1;

    private ExchangeAdapter() {
    }

    static HttpRequest request(Context ctx) throws IOException {
        HttpServletRequest req = ctx.req();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String rawPath = req.getRequestURI();
        return new HttpRequest(req.getMethod(), rawPath == null ? "/" : rawPath, headers,
                HttpRequest.parseQuery(req.getQueryString()), readBody(req.getInputStream()), req.getRemoteAddr());
    }

    static void write(Context ctx, HttpResponse response) {
        ctx.status(response.status());
        response.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                HttpHeaders.first(response.headers(), name).ifPresent(ctx::contentType);
            } else {
                values.forEach(v -> ctx.res().addHeader(name, v));
            }
        });
        ctx.result(response.body());
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readNBytes(READ_LIMIT);
    }
}
