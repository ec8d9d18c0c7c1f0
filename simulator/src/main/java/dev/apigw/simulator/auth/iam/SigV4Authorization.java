package dev.apigw.simulator.auth.iam;

import dev.apigw.simulator.gateway.GatewayErrors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SigV4 {@code Authorization} header taken apart:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date,
 * Signature=...}. A header that is not one is refused with the message API Gateway gives for it.
 */
record SigV4Authorization(String accessKeyId, String scopeDate, String region, String service,
        List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    String scope() {
        return scopeDate + "/" + region + "/" + service + "/aws4_request";
    }

    /**
     * Parses the header; {@code hasDate} says whether the request has an {@code X-Amz-Date} or {@code Date} header,
     * which API Gateway checks along with the parameters.
     */
    static SigV4Authorization parse(String header, boolean hasDate) {
        String value = header.trim();
        int space = indexOfWhitespace(value);
        Map<String, String> params = new LinkedHashMap<>();
        if (space > 0) {
            for (String part : value.substring(space + 1).split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                if (eq < 0) {
                    throw GatewayErrors.incompleteSignature("Invalid key=value pair (missing equal-sign) in "
                            + "Authorization header (hashed with SHA-256 and encoded with Base64): '"
                            + sha256Base64(header) + "'.");
                }
                params.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
        }
        boolean sigV4 = space > 0 && value.substring(0, space).equals(ALGORITHM);
        List<String> missing = new ArrayList<>();
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!sigV4 || params.getOrDefault(name, "").isEmpty()) {
                missing.add("Authorization header requires '" + name + "' parameter.");
            }
        }
        if (!hasDate) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            throw GatewayErrors.incompleteSignature(String.join(" ", missing) + " Authorization=" + header);
        }
        String[] credential = params.get("Credential").split("/");
        if (credential.length != 5) {
            throw GatewayErrors.incompleteSignature("Credential should be scoped to a valid region. ");
        }
        if (!credential[4].equals("aws4_request")) {
            throw GatewayErrors.incompleteSignature("Credential should be scoped with a valid terminator: "
                    + "'aws4_request', not '" + credential[4] + "'. ");
        }
        List<String> signed = List.of(params.get("SignedHeaders").toLowerCase(Locale.ROOT).split(";"));
        return new SigV4Authorization(credential[0], credential[1], credential[2], credential[3], signed,
                params.get("Signature"));
    }

    private static int indexOfWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
