package dev.apigw.simulator.mapping;

import dev.apigw.model.api.IntegrationResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Picks the integration response: the first non-default {@code selectionPattern} that matches the whole subject
 * (the status code for HTTP/MOCK, the Lambda {@code errorMessage} for Lambda errors), else the default one.
 * A Lambda success selects only the default response. {@code .} does not match a newline (AWS's developer guide
 * warns that {@code .+} may not match a multi-line message).
 */
public final class ResponseSelector {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private ResponseSelector() {
    }

    public static Optional<IntegrationResponse> select(List<IntegrationResponse> responses, Optional<String> subject) {
        if (subject.isPresent()) {
            for (IntegrationResponse r : responses) {
                if (!r.isDefault() && matches(r.selectionPattern(), subject.get())) {
                    return Optional.of(r);
                }
            }
        }
        for (IntegrationResponse r : responses) {
            if (r.isDefault()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String subject) {
        try {
            // No DOTALL: AWS warns that '.+' may not match a message containing a newline.
            return PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(subject).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
