package dev.apigw.simulator.mapping;

import java.util.Locale;
import java.util.Optional;

/** Media type handling as API Gateway does it for template selection. */
public final class ContentTypes {
    public static final String JSON = "application/json";

    private ContentTypes() {
    }

    /** The media type of a Content-Type header without parameters, lower case; {@code application/json} when absent. */
    public static String mediaType(Optional<String> contentType) {
        return contentType.map(ContentTypes::strip).filter(s -> !s.isEmpty()).orElse(JSON);
    }

    /** The first media type of an Accept header, or empty. */
    public static Optional<String> firstAccepted(Optional<String> accept) {
        return accept.map(a -> {
            int comma = a.indexOf(',');
            return strip(comma < 0 ? a : a.substring(0, comma));
        }).filter(s -> !s.isEmpty());
    }

    private static String strip(String value) {
        int semi = value.indexOf(';');
        return (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
