package dev.apigw.cli.commands;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.CommandGroup;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.simulator.auth.jwt.CognitoPools;
import dev.apigw.simulator.auth.jwt.TokenMinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw token}: a local token issuer for Cognito user pool and JWT authorizers. {@code init} makes a signing
 * key and the JWKS that apigw.yaml points at; {@code mint} prints a signed token with the claims a Cognito pool (or
 * any issuer) would put in it.
 */
@Command(
        name = "token",
        description = "Make a signing key and mint tokens for Cognito user pool and JWT authorizers.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {TokenCommand.Init.class, TokenCommand.Mint.class})
public final class TokenCommand extends CommandGroup {

    /** Where {@code init} writes, relative to its directory. */
    static final String KEY_FILE = "keys/signing-key.json";
    static final String JWKS_FILE = "keys/jwks.json";

    /** {@code apigw token init [DIR]}. */
    @Command(name = "init", description = {"Write a private signing key (" + KEY_FILE + ", a JWK) and its public "
            + "key set (" + JWKS_FILE + ") into DIR.",
        "Prints the two paths (or, with --output json, {\"keyFile\", \"jwksFile\", \"keyId\", \"algorithm\", "
                + "\"jwks\"}); how to use them goes to stderr unless --quiet."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:Key files written.",
                "2:Usage error, or the key files exist already (use --force).",
                "3:The key files cannot be written."
            })
    public static final class Init extends BaseCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
                description = "Project directory (default: the current one).")
        Path dir;

        @Option(names = "--force", description = "Replace existing key files.")
        boolean force;

        @Option(names = "--key-id", paramLabel = "KID", description = "Key id (kid) of the new key (default: a random one).")
        String keyId;

        @Mixin
        OutputMixin output;

        @Override
        public Integer call() {
            Path key = dir.resolve(KEY_FILE);
            Path jwks = dir.resolve(JWKS_FILE);
            for (Path file : List.of(key, jwks)) {
                if (Files.exists(file) && !force) {
                    throw new ApigwException(ApigwException.Kind.USAGE, file + " already exists; "
                            + "use --force to replace it (tokens signed with the old key stop working)");
                }
            }
            RSAKey signingKey = TokenMinter.newSigningKey(keyId == null || keyId.isBlank()
                    ? UUID.randomUUID().toString().substring(0, 8) : keyId);
            try {
                Files.createDirectories(key.getParent());
                Files.writeString(key, signingKey.toJSONString() + "\n", StandardCharsets.UTF_8);
                Files.writeString(jwks, new JWKSet(signingKey.toPublicJWK()).toString(true) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ApigwException(ApigwException.Kind.INPUT, "cannot write the key files in " + dir + ": "
                        + e.getMessage(), e);
            }
            if (output.json()) {
                JsonOutput.write(out(), new TokenResults.Init(key.toString(), jwks.toString(),
                        signingKey.getKeyID(), signingKey.getAlgorithm().getName(),
                        new JWKSet(signingKey.toPublicJWK()).toJSONObject(true)));
                return EXIT_OK;
            }
            out().println(key);
            out().println(jwks);
            out().flush();
            if (output.verbosity() == Verbosity.QUIET) {
                return EXIT_OK;
            }
            if (output.verbosity() == Verbosity.VERBOSE) {
                err().println("apigw: new " + signingKey.size() + "-bit RSA key, kid " + signingKey.getKeyID() + ", "
                        + signingKey.getAlgorithm().getName());
            }
            err().println("Keep " + KEY_FILE + " private. In apigw.yaml, point each Cognito/JWT authorizer at the "
                    + "public keys:");
            err().println("  authorizers:");
            err().println("    <securitySchemeName>: { jwks: " + JWKS_FILE + " }");
            err().println("Then: apigw token mint --key " + key + " --user-pool <providerARN>");
            err().flush();
            return EXIT_OK;
        }
    }

    /** {@code apigw token mint --key FILE ...}. */
    @Command(name = "mint", description = {"Print a signed JWT: a Cognito ID or access token with --user-pool, any "
            + "issuer's token with --issuer.",
        "Prints only the token (or, with --output json, {\"token\", \"algorithm\", \"keyId\", \"expiresAt\", "
                + "\"claims\"}); --verbose also shows the claims on stderr."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:Token printed.",
                "2:Usage error: a bad option value (--expires-in, --user-pool, --claim, --token-use).",
                "3:The key file is missing, unreadable or holds no private key."
            })
    public static final class Mint extends BaseCommand {
        private static final Pattern DURATION = Pattern.compile("(\\d+)([smhd])");

        @Option(names = "--key", required = true, paramLabel = "FILE",
                description = "Private key: a JWK or JWKS file, e.g. " + KEY_FILE + " from 'apigw token init'.")
        Path key;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Issuer issuer;

        /** Who issues the token. */
        static final class Issuer {
            @Option(names = "--issuer", paramLabel = "URL", description = "The iss claim.")
            String url;

            @Option(names = "--user-pool", paramLabel = "ARN",
                    description = "A Cognito user pool ARN (as in providerARNs); the issuer is the pool's URL.")
            String userPool;
        }

        @Option(names = "--audience", paramLabel = "AUD", description = "An aud value (repeatable).")
        List<String> audience = new ArrayList<>();

        @Option(names = "--client-id", paramLabel = "ID", description = "The app client id: aud of a Cognito ID "
                + "token, client_id of an access token (default with --user-pool: apigw-local-client).")
        String clientId;

        @Option(names = "--scope", paramLabel = "\"A B\"", description = "Space-separated scopes (scope claim).")
        String scope;

        @Option(names = "--token-use", paramLabel = "id|access", description = "token_use claim; with --user-pool "
                + "the default is access when --scope is given, else id.")
        String tokenUse;

        @Option(names = "--claim", paramLabel = "K=V", description = "Another claim (repeatable); V is read as JSON "
                + "when it is a number, true/false, an array or an object.")
        List<String> claims = new ArrayList<>();

        @Option(names = "--expires-in", paramLabel = "DURATION", defaultValue = "1h",
                description = "Lifetime: 30s, 15m, 1h, 2d or ISO-8601 like PT1H (default: ${DEFAULT-VALUE}); "
                        + "negative values (-5m) make an expired token.")
        String expiresIn;

        @Option(names = "--sub", paramLabel = "SUBJECT", description = "sub claim (default: a random UUID).")
        String subject;

        @Mixin
        OutputMixin output;

        @Override
        public Integer call() {
            JWK signingKey = readKey();
            Duration lifetime = duration(expiresIn);
            Instant now = Instant.now();
            String sub = subject == null ? UUID.randomUUID().toString() : subject;
            JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().subject(sub).issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(lifetime))).jwtID(UUID.randomUUID().toString());
            String use = tokenUse;
            if (use != null && !use.equals("id") && !use.equals("access")) {
                throw usageError("--token-use must be id or access, not '" + use + "'");
            }
            if (issuer.userPool != null) {
                String iss = CognitoPools.issuer(issuer.userPool).orElseThrow(() -> usageError("--user-pool '"
                        + issuer.userPool + "' is not a user pool ARN like "
                        + "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123"));
                use = use != null ? use : scope != null ? "access" : "id";
                String client = clientId == null ? "apigw-local-client" : clientId;
                b.issuer(iss).claim("token_use", use).claim("auth_time", now.getEpochSecond());
                if (use.equals("id")) {
                    b.claim("cognito:username", sub);
                    if (audience.isEmpty()) {
                        b.audience(client);
                    }
                } else {
                    b.claim("client_id", client).claim("username", sub)
                            .claim("scope", scope == null ? "aws.cognito.signin.user.admin" : scope);
                }
            } else {
                b.issuer(issuer.url);
                if (use != null) {
                    b.claim("token_use", use);
                }
                if (clientId != null) {
                    b.claim("client_id", clientId);
                }
            }
            if (!audience.isEmpty()) {
                b.audience(audience);
            }
            if (scope != null) {
                b.claim("scope", scope);
            }
            for (String claim : claims) {
                int eq = claim.indexOf('=');
                if (eq <= 0) {
                    throw usageError("--claim needs NAME=VALUE, not '" + claim + "'");
                }
                b.claim(claim.substring(0, eq), claimValue(claim.substring(eq + 1)));
            }
            JWTClaimsSet claimSet = b.build();
            String token = TokenMinter.mint(signingKey, claimSet);
            String algorithm = algorithm(token);
            String expiresAt = now.plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            if (output.json()) {
                JsonOutput.write(out(), new TokenResults.Mint(token, algorithm, signingKey.getKeyID(), expiresAt,
                        claimSet.toJSONObject()));
                return EXIT_OK;
            }
            out().println(token);
            out().flush();
            if (output.verbosity() == Verbosity.VERBOSE) {
                err().println("apigw: " + algorithm + " token signed with kid " + signingKey.getKeyID()
                        + ", expires " + expiresAt + "; claims:");
                err().println(JsonOutput.toJson(claimSet.toJSONObject()));
                err().flush();
            }
            return EXIT_OK;
        }

        /** The alg the minter chose for the key (RS256, or ES256/384/512 by EC curve), from the token header. */
        private static String algorithm(String token) {
            try {
                return SignedJWT.parse(token).getHeader().getAlgorithm().getName();
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("the minted token does not parse: " + e.getMessage(), e);
            }
        }

        private JWK readKey() {
            String text;
            try {
                text = Files.readString(key, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new ApigwException(ApigwException.Kind.INPUT, "cannot read the key file " + key
                        + ": no such file (make one with 'apigw token init')", e);
            } catch (IOException e) {
                throw new ApigwException(ApigwException.Kind.INPUT, "cannot read the key file " + key + ": "
                        + e.getMessage(), e);
            }
            try {
                return TokenMinter.privateKey(text).orElseThrow(() -> new ApigwException(ApigwException.Kind.INPUT,
                        key + " holds no private RSA or EC key; use the signing key from 'apigw token init', not "
                        + "jwks.json"));
            } catch (IllegalArgumentException e) {
                throw new ApigwException(ApigwException.Kind.INPUT, key + " is not a JSON Web Key: "
                        + e.getMessage(), e);
            }
        }

        private Duration duration(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            boolean negative = t.startsWith("-");
            String magnitude = negative ? t.substring(1) : t;
            Matcher m = DURATION.matcher(magnitude);
            Duration d;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                try {
                    d = Duration.parse(magnitude.toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw usageError("--expires-in '" + text + "' is not a duration: write 30s, 15m, 1h, 2d or PT1H");
                }
            }
            return negative ? d.negated() : d;
        }

        private static Object claimValue(String text) {
            String t = text.trim();
            if (t.equals("true") || t.equals("false")) {
                return Boolean.valueOf(t);
            }
            if (t.matches("-?\\d{1,18}")) {
                return Long.valueOf(t);
            }
            if (t.startsWith("[") || t.startsWith("{")) {
                try {
                    Object parsed = com.nimbusds.jose.util.JSONObjectUtils.parse("{\"v\":" + t + "}").get("v");
                    return Optional.ofNullable(parsed).orElse(text);
                } catch (java.text.ParseException e) {
                    return text;
                }
            }
            return text;
        }
    }
}
