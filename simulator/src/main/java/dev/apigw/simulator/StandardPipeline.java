package dev.apigw.simulator;

import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.project.CacheSettings;
import dev.apigw.simulator.auth.AuthorizationHandler;
import dev.apigw.simulator.auth.MethodAuthorizer;
import dev.apigw.simulator.auth.MethodSecurity;
import dev.apigw.simulator.auth.lambda.AuthorizerCache;
import dev.apigw.simulator.auth.lambda.InMemoryAuthorizerCache;
import dev.apigw.simulator.auth.lambda.LambdaAuthorizer;
import dev.apigw.simulator.auth.policy.ResourcePolicyHandler;
import dev.apigw.simulator.auth.iam.IamAuthorizer;
import dev.apigw.simulator.auth.jwt.CognitoAuthorizer;
import dev.apigw.simulator.auth.jwt.JwtAuthorizer;
import dev.apigw.simulator.auth.jwt.KeySets;
import dev.apigw.simulator.aws.AssumeRoleClient;
import dev.apigw.simulator.aws.AwsServiceIntegrator;
import dev.apigw.simulator.aws.RoleCredentialsCache;
import dev.apigw.simulator.aws.RoleSessions;
import dev.apigw.simulator.aws.SigV4Signer;
import dev.apigw.simulator.aws.SigningCredentials;
import dev.apigw.simulator.cache.CacheLookupHandler;
import dev.apigw.simulator.cache.CachePolicy;
import dev.apigw.simulator.cache.CacheStoreHandler;
import dev.apigw.simulator.cache.StageCache;
import dev.apigw.simulator.cache.StageCaches;
import dev.apigw.simulator.compression.RequestDecompressionHandler;
import dev.apigw.simulator.integration.AwsIntegrator;
import dev.apigw.simulator.integration.BackendClient;
import dev.apigw.simulator.integration.HttpIntegrator;
import dev.apigw.simulator.integration.IntegrationHandler;
import dev.apigw.simulator.integration.Integrator;
import dev.apigw.simulator.integration.MockIntegrator;
import dev.apigw.simulator.lambda.Functions;
import dev.apigw.simulator.lambda.runtime.FunctionRuntimes;
import dev.apigw.simulator.lambda.runtime.RuntimeSettings;
import dev.apigw.simulator.log.IntegrationLatency;
import dev.apigw.simulator.lambda.LambdaIntegrator;
import dev.apigw.simulator.lambda.LambdaInvoker;
import dev.apigw.simulator.lambda.LambdaProxyIntegrator;
import dev.apigw.simulator.mapping.BinaryMediaTypes;
import dev.apigw.simulator.mapping.RequestMappingHandler;
import dev.apigw.simulator.mapping.ResponseMappingHandler;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Pipeline;
import dev.apigw.simulator.routing.ResourceTree;
import dev.apigw.simulator.routing.RouteHandler;
import dev.apigw.simulator.traffic.ApiKeyHandler;
import dev.apigw.simulator.traffic.ThrottleHandler;
import dev.apigw.simulator.traffic.TrafficState;
import dev.apigw.simulator.validation.ValidationHandler;
import dev.apigw.simulator.vtl.VtlEngine;
import dev.apigw.simulator.websocket.ConnectionRegistry;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The REST API pipeline in API Gateway's order, built from one deployment. */
final class StandardPipeline {
    private StandardPipeline() {
    }

    static Pipeline create(Deployment deployment, SimulatorOptions options, Shared shared) {
        List<Handler> steps = new ArrayList<>();
        steps.add(PayloadLimitHandler.rest());
        steps.add(new RequestDecompressionHandler(PayloadLimitHandler.MAX_PAYLOAD_BYTES));
        steps.add(new RouteHandler(new ResourceTree(deployment.api().resources())));
        steps.add(new ThrottleHandler(shared.traffic().buckets(), deployment.config().account(), deployment.stage()));
        steps.add(new ResourcePolicyHandler(deployment));
        // One set of local functions for authorizers and integrations, so each function is started (or a Java
        // handler loaded) once per deployment.
        Functions functions = functions(deployment, options, shared);
        steps.add(new AuthorizationHandler(deployment.api(), authorizers(deployment, options, shared, functions)));
        // After the authorizer, which may name the API key (usageIdentifierKey).
        steps.add(new ApiKeyHandler(shared.traffic(), deployment));
        steps.add(new ValidationHandler(deployment.api()));
        Optional<StageCache> cache = stageCache(deployment, options, shared);
        CachePolicy cachePolicy = new CachePolicy(deployment.stage());
        cache.ifPresent(c -> steps.add(new CacheLookupHandler(c, cachePolicy)));
        BinaryMediaTypes binary = new BinaryMediaTypes(deployment.api().settings().binaryMediaTypesOrEmpty());
        steps.add(new RequestMappingHandler(shared.vtl(), binary));
        steps.add(new IntegrationLatency(
                new IntegrationHandler(integrators(options, shared, binary, functions))));
        Handler responseMapping = new ResponseMappingHandler(shared.vtl(), binary);
        steps.add(cache.<Handler>map(c -> new CacheStoreHandler(c, cachePolicy, responseMapping)).orElse(responseMapping));
        return new Pipeline(steps);
    }

    /** The stage cache, when the stage has its cache enabled (AWS's cacheClusterEnabled). */
    private static Optional<StageCache> stageCache(Deployment deployment, SimulatorOptions options, Shared shared) {
        return deployment.stage().cache().filter(CacheSettings::enabled).map(c -> shared.caches()
                .forStage(deployment.stage().name(), c.size(), options.clock()));
    }

    /** How the project's Lambda functions run locally. */
    static Functions functions(Deployment deployment, SimulatorOptions options, Shared shared) {
        return new Functions(deployment.config().functions(), options.workingDirectory(), shared.http(),
                shared.runtimes());
    }

    static Map<MethodSecurity.Kind, MethodAuthorizer> authorizers(Deployment deployment,
            SimulatorOptions options, Shared shared, Functions functions) {
        Map<MethodSecurity.Kind, MethodAuthorizer> map = new EnumMap<>(MethodSecurity.Kind.class);
        map.put(MethodSecurity.Kind.LAMBDA, new LambdaAuthorizer(functions, shared.authorizerCache(),
                options.clock()));
        KeySets keySets = new KeySets(options.workingDirectory(), shared.http());
        map.put(MethodSecurity.Kind.COGNITO_USER_POOLS,
                new CognitoAuthorizer(deployment.config(), keySets, options.clock()));
        map.put(MethodSecurity.Kind.JWT, new JwtAuthorizer(deployment.config(), keySets, options.clock()));
        map.put(MethodSecurity.Kind.IAM, new IamAuthorizer(deployment.config(), options.clock(),
                ResourcePolicyHandler.of(deployment)));
        return map;
    }

    private static Map<IntegrationType, Integrator> integrators(SimulatorOptions options, Shared shared,
            BinaryMediaTypes binary, Functions functions) {
        LambdaInvoker lambda = new LambdaInvoker(functions);
        Map<IntegrationType, Integrator> map = new EnumMap<>(IntegrationType.class);
        map.put(IntegrationType.MOCK, new MockIntegrator());
        map.put(IntegrationType.HTTP, new HttpIntegrator(shared.http(), false));
        map.put(IntegrationType.HTTP_PROXY, new HttpIntegrator(shared.http(), true));
        map.put(IntegrationType.AWS_PROXY, new LambdaProxyIntegrator(lambda, binary));
        SigV4Signer signer = new SigV4Signer(options.clock());
        SigningCredentials signing = new SigningCredentials(new AssumeRoleClient(shared.http(), signer),
                new RoleSessions(shared.roleCredentials(), options.clock()), System.getenv());
        map.put(IntegrationType.AWS, new AwsIntegrator(new LambdaIntegrator(lambda), new AwsServiceIntegrator(
                new BackendClient(shared.http()), signer, signing)));
        return map;
    }

    /**
     * What every stage and every rebuilt pipeline share: the template cache, the HTTP connection pool, and (added
     * here) the state that must outlive a hot reload, such as throttle buckets, quotas and caches.
     */
    record Shared(VtlEngine vtl, HttpClient http, AuthorizerCache authorizerCache, TrafficState traffic,
            StageCaches caches, ConnectionRegistry connections, RoleCredentialsCache roleCredentials,
            dev.apigw.simulator.log.AccessLogRelay accessLog, FunctionRuntimes runtimes) {
        static Shared create() {
            return create(RuntimeSettings.defaults());
        }

        static Shared create(RuntimeSettings functions) {
            return new Shared(new VtlEngine(), HttpIntegrator.defaultClient(), new InMemoryAuthorizerCache(),
                    TrafficState.inMemory(), new StageCaches(), ConnectionRegistry.inMemory(),
                    RoleCredentialsCache.inMemory(), new dev.apigw.simulator.log.AccessLogRelay(),
                    new FunctionRuntimes(functions));
        }
    }
}
