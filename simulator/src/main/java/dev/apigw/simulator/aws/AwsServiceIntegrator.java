package dev.apigw.simulator.aws;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.integration.BackendClient;
import dev.apigw.simulator.integration.Integrator;
import dev.apigw.simulator.pipeline.IntegrationRequest;
import dev.apigw.simulator.pipeline.IntegrationResult;
import dev.apigw.simulator.pipeline.Invocation;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS service integrations (type AWS, any service but Lambda): the call API Gateway would make, SigV4-signed and
 * sent to the local endpoint the project names for the service under {@code serviceEndpoints} (LocalStack,
 * DynamoDB Local, ElasticMQ...). Without one the method answers AWS's 500 and the log says what to add. The keys
 * that sign follow the integration's {@code credentials} ({@link SigningCredentials}).
 */
public final class AwsServiceIntegrator implements Integrator {
    private final BackendClient backend;
    private final SigV4Signer signer;
    private final SigningCredentials credentials;

    /** @param credentials which keys sign, as the integration's {@code credentials} asks */
    public AwsServiceIntegrator(BackendClient backend, SigV4Signer signer, SigningCredentials credentials) {
        this.backend = backend;
        this.signer = signer;
        this.credentials = credentials;
    }

    @Override
    public IntegrationResult call(Invocation inv, IntegrationRequest request) {
        AwsServiceUri service = AwsServiceUri.parse(request.uri()).orElseThrow(() -> {
            inv.logError("integrate", "Execution failed due to configuration error: '" + request.uri()
                    + "' is not an AWS integration URI "
                    + "(arn:aws:apigateway:{region}:{service}:action/... or :path/...)");
            return GatewayErrors.internalError();
        });
        URI endpoint = endpoint(inv, service.service());
        ServiceCall call;
        try {
            call = ServiceCalls.build(request, service, endpoint);
        } catch (IllegalArgumentException e) {
            inv.logError("integrate", "Execution failed due to configuration error: Invalid endpoint address for "
                    + request.uri() + " (" + e.getMessage() + ")");
            throw GatewayErrors.internalError();
        }
        AwsCredentials signing = credentials.resolve(inv, service);
        ServiceCall signed = signer.sign(call, signing, service.signingRegion(), service.service());
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
        // Added after signing, as AWS does: neither header is part of the signature.
        HttpHeaders.set(headers, "User-Agent", "AmazonAPIGateway_" + inv.deployment().apiId());
        HttpHeaders.set(headers, "X-Amzn-Trace-Id", "Root=1-" + Long.toHexString(inv.requestTime().getEpochSecond())
                + "-" + inv.requestId().replace("-", "").substring(0, 24));
        inv.log("integrate", "Sending " + signed.method() + " " + signed.uri() + " to the " + service.service()
                + " endpoint, signed (SigV4, " + service.signingRegion() + ") with " + signing.source());
        inv.logData("integrate", "Endpoint request headers: ", redacted(headers));
        HttpResponse<byte[]> response = backend.send(inv, signed.method(), signed.uri(), headers, signed.body());
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>(response.headers().map());
        responseHeaders.remove(":status");
        return IntegrationResult.of(response.statusCode(), responseHeaders, response.body());
    }

    private static URI endpoint(Invocation inv, String service) {
        String configured = inv.deployment().config().serviceEndpoints().get(service);
        if (configured == null || configured.isBlank()) {
            inv.logError("integrate", "Execution failed due to configuration error: no local endpoint for the AWS "
                    + "service '" + service + "'. Add one to apigw.yaml, for example:\n  serviceEndpoints:\n    " + service
                    + ": http://127.0.0.1:4566   # LocalStack, or the service's own local emulator");
            throw GatewayErrors.internalError();
        }
        return ServiceEndpointUrl.parse(inv, service, configured);
    }

    /** The log shows which keys signed, never the signature itself. */
    private static Map<String, List<String>> redacted(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        HttpHeaders.first(headers, "Authorization").ifPresent(a -> HttpHeaders.set(copy, "Authorization",
                a.replaceAll("Signature=[0-9a-f]+", "Signature=****")));
        HttpHeaders.first(headers, "X-Amz-Security-Token").ifPresent(t -> HttpHeaders.set(copy,
                "X-Amz-Security-Token", "****"));
        return copy;
    }
}
