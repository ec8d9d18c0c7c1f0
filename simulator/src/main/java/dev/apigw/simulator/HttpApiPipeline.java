package dev.apigw.simulator;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.simulator.auth.AuthorizationHandler;
import dev.apigw.simulator.cors.CorsPolicy;
import dev.apigw.simulator.cors.CorsPreflightHandler;
import dev.apigw.simulator.cors.CorsResponseHandler;
import dev.apigw.simulator.httpapi.HttpApiLambdaIntegrator;
import dev.apigw.simulator.httpapi.HttpApiRequestMapper;
import dev.apigw.simulator.httpapi.HttpApiResponseHandler;
import dev.apigw.simulator.httpapi.HttpApiResponses;
import dev.apigw.simulator.httpapi.HttpApiRouteHandler;
import dev.apigw.simulator.httpapi.HttpApiRoutes;
import dev.apigw.simulator.integration.HttpIntegrator;
import dev.apigw.simulator.integration.IntegrationHandler;
import dev.apigw.simulator.integration.Integrator;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.lambda.LambdaInvoker;
import dev.apigw.simulator.log.IntegrationLatency;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Pipeline;
import dev.apigw.simulator.traffic.ThrottleHandler;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP API pipeline: the REST steps it shares (payload limit, authorizers) around what HTTP APIs do their own
 * way (routes, pass-through requests with parameter mapping, payload format 2.0, fixed error bodies).
 */
final class HttpApiPipeline {
    private HttpApiPipeline() {
    }

    static Pipeline create(Deployment deployment, SimulatorOptions options, StandardPipeline.Shared shared) {
        List<Handler> steps = new ArrayList<>();
        steps.add(new PayloadLimitHandler());
        // CORS preflights are answered by the gateway before routing, whether or not an OPTIONS route exists.
        Optional<CorsPolicy> cors = deployment.api().settings().cors().map(CorsPolicy::new);
        cors.ifPresent(policy -> steps.add(new CorsPreflightHandler(policy)));
        steps.add(new HttpApiRouteHandler(new HttpApiRoutes(deployment.api().resources())));
        steps.add(new ThrottleHandler(shared.traffic().buckets(), deployment.config().account(), deployment.stage()));
        Functions functions = StandardPipeline.functions(deployment, options, shared);
        steps.add(new AuthorizationHandler(deployment.api(),
                StandardPipeline.authorizers(deployment, options, shared, functions)));
        steps.add(new HttpApiRequestMapper());
        LambdaInvoker lambda = new LambdaInvoker(functions);
        Map<IntegrationType, Integrator> integrators = new EnumMap<>(IntegrationType.class);
        integrators.put(IntegrationType.AWS_PROXY, new HttpApiLambdaIntegrator(lambda));
        integrators.put(IntegrationType.HTTP_PROXY, new HttpIntegrator(shared.http(), true));
        steps.add(new IntegrationLatency(new IntegrationHandler(integrators)));
        Handler response = new HttpApiResponseHandler();
        steps.add(cors.<Handler>map(policy -> new CorsResponseHandler(policy, response)).orElse(response));
        return new Pipeline(steps, new HttpApiResponses());
    }
}
