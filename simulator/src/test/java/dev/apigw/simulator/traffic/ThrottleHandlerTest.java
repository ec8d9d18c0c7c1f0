package dev.apigw.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.api.GatewayResponseType;
import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.ApiProject;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.simulator.gateway.GatewayResponseException;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.pipeline.Deployment;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import dev.apigw.simulator.routing.ResourceTree;
import dev.apigw.simulator.routing.RouteHandler;
import org.junit.jupiter.api.Test;

/** The account and stage throttle step on its own. */
class ThrottleHandlerTest {
    private final ApiProject project = TrafficFixture.project();
    private final TokenBuckets buckets = new InMemoryTokenBuckets();

    private Invocation routed(String stage, HttpRequest request) {
        Deployment deployment = Deployment.of(project.api(), project.config(), project.config().stage(stage));
        Invocation inv = new Invocation(request, deployment, TrafficFixture.T0);
        new RouteHandler(new ResourceTree(project.api().resources())).handle(inv);
        return inv;
    }

    private ThrottleHandler handler(String stage, ThrottleSettings account) {
        return new ThrottleHandler(buckets, new AccountSettings(account), project.config().stage(stage));
    }

    @Test
    void throwsThrottledWhenTheMethodBucketIsEmpty() {
        ThrottleHandler handler = handler("throttled", ThrottleSettings.ACCOUNT_DEFAULT);
        assertThat(handler.handle(routed("throttled", TrafficFixture.get("/limited")))).isEqualTo(Outcome.CONTINUE);
        Invocation second = routed("throttled", TrafficFixture.get("/limited"));
        assertThatThrownBy(() -> handler.handle(second)).isInstanceOfSatisfying(GatewayResponseException.class, e -> {
            assertThat(e.type()).isEqualTo(GatewayResponseType.THROTTLED);
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.defaultBody()).isEqualTo("{\"message\":\"Too Many Requests\"}");
            assertThat(e.errorType()).contains("TooManyRequestsException");
        });
        assertThat(second.trace().toString()).contains("Method throttle limit exceeded for GET /limited");
    }

    @Test
    void theAccountBucketIsSharedByEveryStage() {
        ThrottleSettings account = new ThrottleSettings(0, 1);
        handler("dev", account).handle(routed("dev", TrafficFixture.get("/other")));
        assertThatThrownBy(() -> handler("prod", account).handle(routed("prod", TrafficFixture.get("/other"))))
                .isInstanceOf(GatewayResponseException.class);
    }

    @Test
    void aStageWithoutLimitsOnlyUsesTheAccountBucket() {
        ThrottleHandler handler = handler("dev", ThrottleSettings.ACCOUNT_DEFAULT);
        for (int i = 0; i < 100; i++) {
            assertThat(handler.handle(routed("dev", TrafficFixture.get("/other")))).isEqualTo(Outcome.CONTINUE);
        }
    }
}
