package dev.apigw.simulator.traffic;

import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import dev.apigw.model.project.AccountSettings;
import dev.apigw.model.project.MethodSettings;
import dev.apigw.model.project.Stage;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.simulator.gateway.GatewayErrors;
import dev.apigw.simulator.pipeline.Handler;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account and stage throttles, before authorization: one token from the account's bucket (shared by every
 * stage served), then one from the method's bucket in this stage. The method's limits are its
 * {@code methodSettings} throttling if it has one, else the stage's default, applied to each method on its own
 * (AWS applies stage limits "at the API method level"). No token: 429 Too Many Requests.
 */
public final class ThrottleHandler implements Handler {
    static final String ACCOUNT_BUCKET = "account";

    private final TokenBuckets buckets;
    private final ThrottleSettings account;
    private final Stage stage;
    private final MethodKeys<ThrottleSettings> methodLimits;

    public ThrottleHandler(TokenBuckets buckets, AccountSettings account, Stage stage) {
        this.buckets = buckets;
        this.account = account.throttling();
        this.stage = stage;
        Map<String, ThrottleSettings> limits = new LinkedHashMap<>();
        for (Map.Entry<String, MethodSettings> e : stage.methodSettings().entrySet()) {
            e.getValue().throttling().ifPresent(t -> limits.put(e.getKey(), t));
        }
        this.methodLimits = MethodKeys.of(limits);
    }

    @Override
    public Outcome handle(Invocation inv) {
        if (!buckets.tryTake(ACCOUNT_BUCKET, account, inv.requestTime())) {
            inv.logError("throttle", "Account-level throttle limit exceeded (rate " + account.rateLimit() + "/s, burst "
                    + account.burstLimit() + ")");
            throw GatewayErrors.throttled();
        }
        Optional<Method> method = inv.method();
        Optional<Resource> resource = inv.resource();
        if (method.isEmpty() || resource.isEmpty()) {
            return Outcome.CONTINUE;
        }
        String verb = inv.request().method();
        String path = resource.get().path();
        Optional<ThrottleSettings> perMethod = methodLimits.find(verb, method.get().httpMethod(), path);
        Optional<ThrottleSettings> limits = perMethod.or(stage::throttling);
        if (limits.isEmpty()) {
            return Outcome.CONTINUE;
        }
        String bucket = "stage/" + stage.name() + "/" + method.get().httpMethod() + " " + path;
        if (!buckets.tryTake(bucket, limits.get(), inv.requestTime())) {
            inv.logError("throttle", (perMethod.isPresent() ? "Method" : "Stage") + " throttle limit exceeded for "
                    + method.get().httpMethod() + " " + path + " in stage " + stage.name() + " (rate "
                    + limits.get().rateLimit() + "/s, burst " + limits.get().burstLimit() + ")");
            throw GatewayErrors.throttled();
        }
        return Outcome.CONTINUE;
    }
}
