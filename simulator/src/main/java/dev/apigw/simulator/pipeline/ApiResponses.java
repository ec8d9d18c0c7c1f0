package dev.apigw.simulator.pipeline;

import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpResponse;

/**
 * How one API type answers: the response for an error the gateway raised itself (REST: gateway responses; HTTP
 * APIs: fixed bodies), and the headers it adds to every response.
 */
public interface ApiResponses {
    /** The response for an error; never throws. */
    HttpResponse error(Invocation invocation, GatewayResponseException failure);

    /** The final response, with the headers every response of this API type carries. */
    HttpResponse finish(Invocation invocation, HttpResponse response);
}
