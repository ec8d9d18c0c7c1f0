package dev.apigw.simulator.compression;

import java.util.List;
import java.util.Optional;

/**
 * Picks the coding for a response from an {@code Accept-Encoding} header. API Gateway compresses only when the
 * client's highest-priority coding is one it supports; a missing header means {@code *}, which it does not treat
 * as a request for compression.
 */
public final class AcceptEncoding {
    private AcceptEncoding() {
    }

    /** The coding with the highest q-value (the first listed among equals), when API Gateway supports it. */
    public static Optional<ContentCoding> preferred(List<String> headerValues) {
        String best = null;
        double bestQ = 0;
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                String[] parts = element.split(";");
                String token = parts[0].trim();
                if (token.isEmpty()) {
                    continue;
                }
                double q = quality(parts);
                if (q > bestQ) {
                    best = token;
                    bestQ = q;
                }
            }
        }
        return best == null ? Optional.empty() : ContentCoding.of(best);
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].trim();
            if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
