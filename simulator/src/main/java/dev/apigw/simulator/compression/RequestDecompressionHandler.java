package dev.apigw.simulator.compression;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway decompresses a method request payload sent with {@code Content-Encoding} gzip, deflate or identity
 * before validation, mapping and the integration see it; any other coding, or a payload not in the coding it
 * claims, is 415 Unsupported Media Type, and one that decodes beyond the payload limit 413. The decoded request no longer carries {@code Content-Encoding}, and its
 * {@code Content-Length} is the decoded length, so a proxied backend is not told the plain bytes are compressed.
 */
public final class RequestDecompressionHandler implements Handler {
    private final int limit;

    /** @param limit the most bytes a payload may decode to (API Gateway's payload limit) */
    public RequestDecompressionHandler(int limit) {
        this.limit = limit;
    }

    @Override
    public Outcome handle(Invocation inv) {
        HttpRequest request = inv.request();
        List<String> declared = HttpHeaders.all(request.headers(), "Content-Encoding");
        if (declared.isEmpty() || request.body().length == 0) {
            return Outcome.CONTINUE;
        }
        byte[] body = request.body();
        for (int i = declared.size() - 1; i >= 0; i--) {
            // Codings are listed in the order they were applied; undo them from the last one.
            String[] tokens = declared.get(i).split(",");
            for (int t = tokens.length - 1; t >= 0; t--) {
                body = decode(inv, tokens[t], body);
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        HttpHeaders.remove(headers, "Content-Encoding");
        if (HttpHeaders.contains(headers, "Content-Length")) {
            HttpHeaders.set(headers, "Content-Length", Integer.toString(body.length));
        }
        inv.decoded(new HttpRequest(request.method(), request.path(), headers, request.query(), body,
                request.sourceIp()));
        inv.log("request", "Decompressed the " + String.join(", ", declared) + " payload to " + body.length
                + " bytes");
        return Outcome.CONTINUE;
    }

    private byte[] decode(Invocation inv, String token, byte[] body) {
        Optional<ContentCoding> coding = ContentCoding.of(token);
        if (coding.isEmpty()) {
            inv.logError("request", "Content-Encoding '" + token.trim()
                    + "' is not supported (gzip, deflate, identity)");
            throw GatewayErrors.unsupportedMediaType();
        }
        try {
            byte[] decoded = coding.get().decode(body, limit);
            if (decoded.length > limit) {
                inv.logError("request", "The " + coding.get().token() + " payload decodes to more than " + limit
                        + " bytes");
                throw GatewayErrors.requestTooLarge();
            }
            return decoded;
        } catch (IOException e) {
            inv.logError("request", "The payload could not be decoded as " + coding.get().token() + ": "
                    + e.getMessage());
            throw GatewayErrors.unsupportedMediaType();
        }
    }
}
