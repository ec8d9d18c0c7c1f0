package dev.apigw.simulator.aws;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.TextValue;
import dev.apigw.model.project.IamCredential;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.mapping.UriTemplate;
import dev.apigw.simulator.pipeline.Invocation;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which keys sign an AWS service integration call, following the integration's {@code credentials} as API Gateway
 * does: a role ARN is assumed through STS (the {@code sts} entry of {@code serviceEndpoints}) and the call signed
 * with its temporary credentials and session token; {@code arn:aws:iam::*:user/*} signs with the caller's own
 * keys, known from the AWS_IAM authorizer; without credentials (resource-based permissions) the project's keys
 * sign. Where a local run cannot do what AWS would (no STS endpoint, no caller identity), the project's keys sign
 * and the execution log says so.
 */
public final class SigningCredentials {
    /** The {@code serviceEndpoints} entry STS is reached at. */
    public static final String STS = "sts";

    private final AssumeRoleClient sts;
    private final RoleSessions sessions;
    private final Map<String, String> environment;

    /** @param environment where {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} are looked up */
    public SigningCredentials(AssumeRoleClient sts, RoleSessions sessions, Map<String, String> environment) {
        this.sts = sts;
        this.sessions = sessions;
        this.environment = Map.copyOf(environment);
    }

    public AwsCredentials resolve(Invocation inv, AwsServiceUri service) {
        ProjectConfig config = inv.deployment().config();
        AwsCredentials project = AwsCredentials.resolve(config, environment);
        Optional<TextValue> written = inv.integration().flatMap(Integration::credentials);
        if (written.isEmpty()) {
            return project;
        }
        if (written.get().literal().isEmpty()) {
            inv.log("integrate", "credentials " + written.get().display() + " is an unresolved CloudFormation "
                    + "intrinsic (give its parameters a value); signed with " + project.source());
            return project;
        }
        IntegrationCredentials credentials = IntegrationCredentials.parse(
                UriTemplate.withStageVariables(written.get().literal().get(), inv.stageVariables()));
        return switch (credentials.kind()) {
            case NONE -> project;
            case ROLE -> assumed(inv, credentials.value(), project, service);
            case CALLER -> caller(inv, config, project);
            case UNRECOGNISED -> {
                inv.log("integrate", "credentials '" + credentials.value() + "' is neither an IAM role ARN nor "
                        + IntegrationCredentials.CALLER_ARN + "; signed with " + project.source());
                yield project;
            }
        };
    }

    private AwsCredentials assumed(Invocation inv, String roleArn, AwsCredentials project, AwsServiceUri service) {
        String configured = inv.deployment().config().serviceEndpoints().get(STS);
        if (configured == null || configured.isBlank()) {
            inv.log("integrate", "role " + roleArn + " not assumed: no sts endpoint configured (serviceEndpoints."
                    + STS + "); signed with the project's credentials (" + project.source() + ")");
            return project;
        }
        URI endpoint = ServiceEndpointUrl.parse(inv, STS, configured);
        String sessionName = "AmazonAPIGateway_" + inv.deployment().apiId();
        String key = roleArn + " " + endpoint + " " + project.accessKeyId();
        Duration timeout = Duration.ofMillis(inv.integration().orElseThrow().effectiveTimeoutMillis());
        RoleSessions.Session session;
        try {
            session = sessions.credentials(key, () -> sts.assumeRole(endpoint, roleArn, sessionName, project,
                    service.signingRegion(), timeout));
        } catch (RoleNotAssumedException e) {
            inv.logError("integrate", "Execution failed due to configuration error: API Gateway does not have "
                    + "permission to assume the provided role " + roleArn);
            inv.logError("integrate", "AssumeRole (signed with " + project.source() + ") failed: " + e.getMessage());
            throw GatewayErrors.internalError();
        }
        TemporaryCredentials temporary = session.credentials();
        inv.log("integrate", (session.cached() ? "Reusing the credentials of role " : "Assumed role ")
                + roleArn + (session.cached() ? "" : " (session " + sessionName + ", through " + endpoint + ")")
                + ": temporary access key " + temporary.accessKeyId() + ", expiring " + temporary.expiration());
        return temporary.signing("the temporary credentials of role " + roleArn);
    }

    private static AwsCredentials caller(Invocation inv, ProjectConfig config, AwsCredentials project) {
        String accessKey = inv.identity().get("accessKey");
        if (accessKey == null) {
            inv.log("integrate", "credentials " + IntegrationCredentials.CALLER_ARN + " passes the caller's "
                    + "credentials through, but the method is not AWS_IAM-authorized, so there is no caller "
                    + "identity; signed with " + project.source());
            return project;
        }
        Optional<IamCredential> own = config.credentials().stream()
                .filter(c -> c.accessKeyId().equals(accessKey)).findFirst();
        if (own.isEmpty()) {
            inv.log("integrate", "credentials " + IntegrationCredentials.CALLER_ARN + ": the caller's access key "
                    + accessKey + " is not one of the project's credentials; signed with " + project.source());
            return project;
        }
        return new AwsCredentials(own.get().accessKeyId(), own.get().secretAccessKey(), Optional.empty(),
                "the caller's credentials (access key " + accessKey + ", " + IntegrationCredentials.CALLER_ARN + ")");
    }
}
