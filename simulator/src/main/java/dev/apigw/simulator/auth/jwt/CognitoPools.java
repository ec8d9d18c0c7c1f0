package dev.apigw.simulator.auth.jwt;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The issuer URL of a Cognito user pool, from its ARN as {@code providerARNs} lists it. */
public final class CognitoPools {
    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:cognito-idp:([a-z0-9-]+):(\\d{12}):userpool/([A-Za-z0-9-]+_[A-Za-z0-9]+)");

    private CognitoPools() {
    }

    /** {@code arn:aws:cognito-idp:{region}:{account}:userpool/{id}} → https://cognito-idp.{region}.amazonaws.com/{id}. */
    public static Optional<String> issuer(String arn) {
        Matcher m = ARN.matcher(arn.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("https://cognito-idp." + m.group(1) + ".amazonaws.com/" + m.group(3));
    }
}
