package dev.apigw.simulator.aws;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Calls STS {@code AssumeRole} the way the Query API takes it: a form-encoded POST
 * ({@code Action=AssumeRole&RoleArn=..&RoleSessionName=..&Version=2011-06-15}), SigV4-signed for service
 * {@code sts}, over the shared connection pool. Small enough not to need the SDK's STS client and its HTTP stack.
 */
public final class AssumeRoleClient {
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final HttpClient http;
    private final SigV4Signer signer;

    public AssumeRoleClient(HttpClient http, SigV4Signer signer) {
        this.http = http;
        this.signer = signer;
    }

    /**
     * The role's temporary credentials; {@link RoleNotAssumedException} saying why when STS refuses (any non-2xx),
     * cannot be reached in time, or answers something that is not an AssumeRoleResponse.
     */
    public TemporaryCredentials assumeRole(URI endpoint, String roleArn, String sessionName, AwsCredentials signing,
            String region, Duration timeout) {
        String form = "Action=AssumeRole&RoleArn=" + encode(roleArn) + "&RoleSessionName=" + encode(sessionName)
                + "&Version=2011-06-15";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        URI target = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority()
                + (endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath()));
        ServiceCall signed = signer.sign(new ServiceCall("POST", target, headers,
                form.getBytes(StandardCharsets.UTF_8)), signing, region, "sts");
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                .POST(BodyPublishers.ofByteArray(signed.body()));
        signed.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new RoleNotAssumedException("the sts endpoint " + target + " did not answer within "
                    + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new RoleNotAssumedException("could not reach the sts endpoint " + target + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoleNotAssumedException("interrupted while calling the sts endpoint " + target);
        }
        if (response.statusCode() / 100 != 2) {
            String detail = StsResponses.error(response.body()).orElseGet(() -> abbreviate(
                    new String(response.body(), StandardCharsets.UTF_8)));
            throw new RoleNotAssumedException("STS answered " + response.statusCode() + " " + detail);
        }
        try {
            return StsResponses.assumeRole(response.body());
        } catch (IllegalArgumentException e) {
            throw new RoleNotAssumedException("the sts endpoint's answer is not an AssumeRoleResponse: "
                    + e.getMessage());
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
