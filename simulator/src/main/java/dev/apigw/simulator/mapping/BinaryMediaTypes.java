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

    /** Whether any media type of an Accept header is binary (API Gateway decodes base64 Lambda bodies then). */
    public boolean acceptsBinary(Optional<String> accept) {
        if (accept.isEmpty()) {
            return false;
        }
        for (String part : accept.get().split(",")) {
            if (isBinary(Optional.of(part))) {
                return true;
            }
        }
        return false;
    }
}
