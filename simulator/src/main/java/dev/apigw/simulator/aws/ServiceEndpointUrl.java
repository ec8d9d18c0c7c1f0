package dev.apigw.simulator.aws;

import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Invocation;
import java.net.URI;

/** A {@code serviceEndpoints} entry of the project file read as a URL; a bad one fails the request as AWS's 500. */
final class ServiceEndpointUrl {
    private ServiceEndpointUrl() {
    }

    static URI parse(Invocation inv, String service, String configured) {
        try {
            URI uri = URI.create(configured.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            inv.logError("integrate", "Execution failed due to configuration error: serviceEndpoints." + service + " '"
                    + configured + "' is not a URL (" + e.getMessage() + ")");
            throw GatewayErrors.internalError();
        }
    }
}
