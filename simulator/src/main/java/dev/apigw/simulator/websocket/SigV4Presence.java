package dev.apigw.simulator.websocket;

import dev.apigw.model.project.IamCredential;
import dev.apigw.simulator.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request carries a SigV4 {@code Authorization} header naming one of the project's access keys. The
 * signature itself is not verified (no IAM verification exists in the simulator yet): this only tells a signed
 * caller from an unsigned one, and a known key from an unknown one.
 */
final class SigV4Presence {
    private static final Pattern CREDENTIAL = Pattern.compile("AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/");

    enum Result { MISSING, UNKNOWN_KEY, KNOWN_KEY }

    private SigV4Presence() {
    }

    static Result check(Map<String, List<String>> headers, List<IamCredential> credentials) {
        Optional<String> auth = HttpHeaders.first(headers, "Authorization");
        if (auth.isEmpty()) {
            return Result.MISSING;
        }
        Matcher m = CREDENTIAL.matcher(auth.get());
        if (!m.find()) {
            return Result.UNKNOWN_KEY;
        }
        String key = m.group(1);
        return credentials.isEmpty() || credentials.stream().anyMatch(c -> c.accessKeyId().equals(key))
                ? Result.KNOWN_KEY : Result.UNKNOWN_KEY;
    }
}
