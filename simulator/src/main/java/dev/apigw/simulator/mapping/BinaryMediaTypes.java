package dev.apigw.simulator.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code x-amazon-apigateway-binary-media-types}: which media types (with {@code type/*} and {@code *}/{@code *}) are binary. */
public final class BinaryMediaTypes {
    private final List<String> patterns;

    public BinaryMediaTypes(List<String> patterns) {
        this.patterns = patterns.stream().map(p -> p.trim().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean isBinary(Optional<String> contentType) {
        if (contentType.isEmpty() || patterns.isEmpty()) {
            return false;
        }
        String type = ContentTypes.mediaType(contentType);
        for (String p : patterns) {
            if (p.equals(type) || p.equals("*/*")
                    || (p.endsWith("/*") && type.startsWith(p.substring(0, p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the client wants binary: API Gateway honours only the first media type of the Accept header, which
     * is why AWS suggests {@code *}/{@code *} for browsers that put {@code image/webp} first.
     */
    public boolean acceptsBinary(Optional<String> accept) {
        if (patterns.isEmpty()) {
            return false;
        }
        return ContentTypes.firstAccepted(accept).map(first -> isBinary(Optional.of(first))).orElse(false);
    }
}
