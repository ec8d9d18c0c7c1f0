package dev.apigw.simulator.auth.iam;

import dev.apigw.simulator.auth.policy.Caller;
import dev.apigw.simulator.auth.policy.Decision;
import dev.apigw.simulator.auth.policy.ExecuteApiArn;
import dev.apigw.simulator.auth.policy.InvalidPolicyException;
import dev.apigw.simulator.auth.policy.PolicyDocument;
import dev.apigw.simulator.auth.policy.RequestFacts;
import dev.apigw.simulator.pipeline.ContextValues;
import java.util.HashMap;
import java.util.Map;

import dev.apigw.model.project.IamCredential;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.simulator.auth.MethodAuthorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Invocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * AWS_IAM authorization: the request must carry a SigV4 signature, for service {@code execute-api}, made within five
 * minutes of now with one of the project's {@code credentials}. The caller's identity then fills
 * {@code $context.identity} (accessKey, accountId, caller, user, userArn). A credential with a {@code policy} may
 * invoke only what that identity policy allows (an explicit Deny wins), as IAM decides for a caller in the API's
 * own account; a credential without one may invoke every method.
 */
public final class IamAuthorizer implements MethodAuthorizer {
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ProjectConfig config;
    private final Clock clock;
    private final ExpectedSignature expected = new ExpectedSignature();
    private final Map<String, PolicyDocument> policies = new HashMap<>();
    private final Map<String, String> invalidPolicies = new HashMap<>();
    private final Optional<PolicyDocument> resourcePolicy;

    /** Without a resource policy (WebSocket {@code $connect}, {@code @connections}). */
    public IamAuthorizer(ProjectConfig config, Clock clock) {
        this(config, clock, Optional.empty());
    }

    /** @param resourcePolicy the API's resource policy, weighed with each caller's identity policy */
    public IamAuthorizer(ProjectConfig config, Clock clock, Optional<PolicyDocument> resourcePolicy) {
        this.config = config;
        this.clock = clock;
        this.resourcePolicy = resourcePolicy;
        for (IamCredential credential : config.credentials()) {
            credential.policy().ifPresent(policy -> {
                try {
                    policies.put(credential.accessKeyId(), PolicyDocument.authorizerPolicy(policy));
                } catch (InvalidPolicyException e) {
                    invalidPolicies.put(credential.accessKeyId(), e.getMessage());
                }
            });
        }
    }

    @Override
    public void authorize(Invocation inv, MethodSecurity.Requirement requirement) {
        HttpRequest request = inv.request();
        Optional<String> header = HttpHeaders.first(request.headers(), "Authorization").filter(h -> !h.isBlank());
        if (header.isEmpty()) {
            inv.logError("authorizer", "IAM: the request is not signed (no Authorization header)");
            throw GatewayErrors.missingAuthenticationToken();
        }
        Optional<String> amzDate = HttpHeaders.first(request.headers(), "X-Amz-Date");
        Optional<String> date = HttpHeaders.first(request.headers(), "Date");
        SigV4Authorization auth = SigV4Authorization.parse(header.get(), amzDate.isPresent() || date.isPresent());
        IamCredential credential = config.credentials().stream()
                .filter(c -> c.accessKeyId().equals(auth.accessKeyId())).findFirst().orElse(null);
        if (credential == null) {
            inv.logError("authorizer", "IAM: access key " + auth.accessKeyId()
                    + " is not in the project's credentials");
            throw GatewayErrors.unrecognizedClient();
        }
        String dateText = amzDate.orElseGet(date::get);
        Instant signedAt = parseDate(dateText);
        String signedAtText = AMZ_DATE.format(signedAt);
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(WINDOW))) {
            throw GatewayErrors.invalidSignature("Signature expired: " + signedAtText + " is now earlier than "
                    + AMZ_DATE.format(now.minus(WINDOW)) + " (" + AMZ_DATE.format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(WINDOW))) {
            throw GatewayErrors.invalidSignature("Signature not yet current: " + signedAtText
                    + " is still later than " + AMZ_DATE.format(now.plus(WINDOW)) + " (" + AMZ_DATE.format(now)
                    + " + 5 min.)");
        }
        if (!auth.scopeDate().equals(signedAtText.substring(0, 8))) {
            throw GatewayErrors.invalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                    + "version of date from HTTP: '" + auth.scopeDate() + "' != '" + signedAtText.substring(0, 8)
                    + "', from '" + signedAtText + "'.");
        }
        if (!auth.service().equals("execute-api")) {
            throw GatewayErrors.invalidSignature("Credential should be scoped to correct service: 'execute-api'. ");
        }
        String host = HttpHeaders.first(request.headers(), "Host").orElse(inv.deployment().domainName());
        Optional<String> token = HttpHeaders.first(request.headers(), "X-Amz-Security-Token");
        ExpectedSignature.Computed first = null;
        // Through `apigw serve` the client signed the path with the stage; with one stage it may have left it out.
        for (String path : candidatePaths(inv)) {
            ExpectedSignature.Computed computed = expected.compute(request.method(), host, path, request.query(),
                    request.headers(), request.body(), auth, credential.secretAccessKey(), token, signedAt,
                    signedAtText);
            if (MessageDigest.isEqual(computed.signature().getBytes(StandardCharsets.US_ASCII),
                    auth.signature().getBytes(StandardCharsets.US_ASCII))) {
                identify(inv, credential);
                inv.log("authorizer", "IAM: signature verified for access key " + credential.accessKeyId());
                checkPolicy(inv, credential);
                return;
            }
            if (first == null) {
                first = computed;
            }
        }
        inv.logError("authorizer", "IAM: signature mismatch; canonical request expected:\n" + first.canonicalRequest());
        throw GatewayErrors.invalidSignature("The request signature we calculated does not match the signature "
                + "you provided. Check your AWS Secret Access Key and signing method. Consult the service "
                + "documentation for details.\n\nThe Canonical String for this request should have been\n'"
                + first.canonicalRequest() + "'\n\nThe String-to-Sign should have been\n'" + first.stringToSign()
                + "'\n");
    }

    private static Instant parseDate(String text) {
        try {
            return AMZ_DATE.parse(text.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e2) {
                throw GatewayErrors.incompleteSignature("Date must be in ISO-8601 'basic format'. Got '" + text
                        + "'. See http://en.wikipedia.org/wiki/ISO_8601");
            }
        }
    }

    private static List<String> candidatePaths(Invocation inv) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/" + inv.deployment().stage().name() + inv.request().path());
        paths.add(inv.request().path());
        if (inv.request().path().equals("/")) {
            // The stage's root as the client wrote it (a WebSocket handshake to wss://host/dev).
            paths.add("/" + inv.deployment().stage().name());
        }
        return List.copyOf(paths);
    }

    /** An IAM user's identity as API Gateway shows it: the principal id as caller and user, and the user's ARN. */
    private void checkPolicy(Invocation inv, IamCredential credential) {
        String key = credential.accessKeyId();
        if (invalidPolicies.containsKey(key)) {
            inv.logError("authorizer", "Execution failed due to configuration error: the policy of access key " + key
                    + " is not an IAM policy: " + invalidPolicies.get(key));
            throw GatewayErrors.internalError();
        }
        PolicyDocument policy = policies.get(key);
        if (policy == null && resourcePolicy.isEmpty()) {
            return;
        }
        String arn = ExecuteApiArn.of(inv);
        RequestFacts facts = RequestFacts.invoke(arn, inv.request().sourceIp(),
                Caller.identified(credential.account(), userArn(credential)));
        // Without a policy of its own a key may invoke everything (the simulator's default identity).
        Decision identity = policy == null ? Decision.ALLOW : policy.evaluate(facts);
        Optional<Decision> resource = resourcePolicy.map(p -> p.evaluate(facts));
        boolean sameAccount = credential.account().equals(ContextValues.ACCOUNT_ID);
        inv.log("authorizer", "IAM: for " + arn + " the policy of " + userArn(credential) + " says " + identity
                + resource.map(r -> ", the resource policy " + r + " (" + (sameAccount ? "same" : "another")
                        + " account)").orElse(""));
        if (identity == Decision.EXPLICIT_DENY || resource.filter(r -> r == Decision.EXPLICIT_DENY).isPresent()) {
            throw GatewayErrors.identityPolicyDenied(userArn(credential), arn, true);
        }
        // AWS's evaluation tables: in the API's account either policy may allow; from another account both must.
        boolean allowed = resource.isEmpty() ? identity == Decision.ALLOW
                : sameAccount ? identity == Decision.ALLOW || resource.get() == Decision.ALLOW
                : identity == Decision.ALLOW && resource.get() == Decision.ALLOW;
        if (!allowed) {
            throw GatewayErrors.identityPolicyDenied(userArn(credential), arn, false);
        }
    }

    private static String userArn(IamCredential credential) {
        return "arn:aws:iam::" + credential.account() + ":user/" + credential.userName();
    }

    private static void identify(Invocation inv, IamCredential credential) {
        String principal = principalId(credential.accessKeyId());
        inv.identify("accessKey", credential.accessKeyId());
        inv.identify("accountId", credential.account());
        inv.identify("caller", principal);
        inv.identify("user", principal);
        inv.identify("userArn", userArn(credential));
    }

    /** A stable IAM user id ({@code AIDA} and 17 characters) derived from the access key. */
    static String principalId(String accessKeyId) {
        byte[] digest = ExpectedSignature.sha256Hex(accessKeyId.getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder id = new StringBuilder("AIDA");
        for (int i = 0; i < 17; i++) {
            id.append(alphabet.charAt((digest[i] & 0xff) % alphabet.length()));
        }
        return id.toString();
    }
}
