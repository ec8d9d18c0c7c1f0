package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.ThrottleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@code AWS::ApiGateway::UsagePlan} of the template with the keys its {@code AWS::ApiGateway::UsagePlanKey}s
 * bind, read once: a plan may cover stages of several APIs ({@code ApiStages}), so each API later takes the plans
 * that name it. References that name nothing are errors, reported where orphans are.
 */
final class UsagePlanIndex {
    static final String USAGE_PLAN = "AWS::ApiGateway::UsagePlan";
    static final String USAGE_PLAN_KEY = "AWS::ApiGateway::UsagePlanKey";
    static final String API_KEY = "AWS::ApiGateway::ApiKey";
    private static final Set<String> PLAN_KNOWN = Set.of("ApiStages", "Description", "Quota", "Tags", "Throttle",
            "UsagePlanName");
    private static final Set<String> PLAN_KEY_KNOWN = Set.of("KeyId", "KeyType", "UsagePlanId");

    /** One {@code ApiStages} entry: the API, the stage as written (a name, or a Stage's logical id), throttles. */
    record ApiStage(String api, String stage, Map<String, ThrottleSettings> methodThrottling) {
    }

    /** A plan as the template writes it; stage references are turned into names per API. */
    record Plan(String logicalId, String name, List<ApiStage> stages, Optional<ThrottleSettings> throttling,
            Optional<Quota> quota, List<String> keys) {
    }

    private final List<Plan> plans = new ArrayList<>();

    private UsagePlanIndex() {
    }

    static UsagePlanIndex read(TemplateView view, Findings findings) {
        UsagePlanIndex index = new UsagePlanIndex();
        Map<String, List<String>> keys = planKeys(view, findings);
        for (String id : view.ofType(USAGE_PLAN)) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, PLAN_KNOWN, "");
            index.plans.add(new Plan(id, view.text(id, "UsagePlanName").filter(n -> !n.isBlank()).orElse(id),
                    apiStages(id, view, findings), throttle(properties.path("Throttle")),
                    quota(id, properties.path("Quota"), findings), keys.getOrDefault(id, List.of())));
        }
        return index;
    }

    List<Plan> plans() {
        return plans;
    }

    /** Usage plan logical id to the ApiKey logical ids bound to it, in template order. */
    private static Map<String, List<String>> planKeys(TemplateView view, Findings findings) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String id : view.ofType(USAGE_PLAN_KEY)) {
            findings.unknownProperties(id, view.properties(id), PLAN_KEY_KNOWN, "");
            String type = view.text(id, "KeyType").orElse("API_KEY");
            if (!type.equalsIgnoreCase("API_KEY")) {
                findings.invalid(id, "KeyType", "KeyType must be API_KEY, not " + type, "write KeyType: API_KEY");
            }
            Optional<String> plan = named(view, id, "UsagePlanId", USAGE_PLAN, findings);
            Optional<String> key = named(view, id, "KeyId", API_KEY, findings);
            if (plan.isPresent() && key.isPresent()) {
                keys.computeIfAbsent(plan.get(), p -> new ArrayList<>()).add(key.get());
            }
        }
        return keys;
    }

    private static List<ApiStage> apiStages(String plan, TemplateView view, Findings findings) {
        List<ApiStage> out = new ArrayList<>();
        JsonNode list = view.properties(plan).path("ApiStages");
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = "ApiStages/" + i;
            findings.unknownProperties(plan, entry, Set.of("ApiId", "Stage", "Throttle"), at);
            Optional<Reference> api = Reference.of(entry.path("ApiId"));
            if (api.isEmpty() || api.get().root() || !view.isOfType(api.get().logicalId(), ApiMembers.REST_API)) {
                findings.unresolved(plan, at + "/ApiId", "ApiId " + api.map(a -> "names " + a.describe()
                        + ", which is no AWS::ApiGateway::RestApi of this template").orElse("is missing"),
                        "write ApiId: !Ref <the AWS::ApiGateway::RestApi>");
                continue;
            }
            Optional<String> stage = Values.text(entry.path("Stage")).filter(s -> !s.isBlank());
            if (stage.isEmpty()) {
                findings.invalid(plan, at + "/Stage", "the API stage names no Stage", "write Stage: !Ref MyStage");
                continue;
            }
            out.add(new ApiStage(api.get().logicalId(), stage.get(), methodThrottling(entry.path("Throttle"))));
        }
        return out;
    }

    /** {@code "/items/GET"} (resource path, then the method; {@code ~1} for slashes) as {@code "GET /items"}. */
    private static Map<String, ThrottleSettings> methodThrottling(JsonNode throttle) {
        Map<String, ThrottleSettings> out = new LinkedHashMap<>();
        throttle.fields().forEachRemaining(e -> {
            int slash = e.getKey().lastIndexOf('/');
            if (slash < 0) {
                return;
            }
            String raw = e.getKey().substring(0, slash).replace("~1", "/");
            String path = raw.isEmpty() ? "/" : raw.startsWith("/") ? raw : "/" + raw;
            String method = e.getKey().substring(slash + 1).toUpperCase(Locale.ROOT);
            throttle(e.getValue()).ifPresent(t -> out.put(method + " " + path, t));
        });
        return out;
    }

    private static Optional<ThrottleSettings> throttle(JsonNode throttle) {
        Optional<Double> rate = Values.number(throttle.path("RateLimit"));
        Optional<Integer> burst = Values.integer(throttle.path("BurstLimit"));
        if (rate.isEmpty() && burst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ThrottleSettings(rate.orElse(ThrottleSettings.ACCOUNT_DEFAULT.rateLimit()),
                burst.orElse(ThrottleSettings.ACCOUNT_DEFAULT.burstLimit())));
    }

    private static Optional<Quota> quota(String plan, JsonNode quota, Findings findings) {
        if (!quota.isObject()) {
            return Optional.empty();
        }
        findings.unknownProperties(plan, quota, Set.of("Limit", "Offset", "Period"), "Quota");
        Optional<Long> limit = Values.whole(quota.path("Limit"));
        String period = Values.text(quota.path("Period")).orElse("").toUpperCase(Locale.ROOT);
        if (limit.isEmpty() || !Set.of("DAY", "WEEK", "MONTH").contains(period)) {
            findings.invalid(plan, "Quota", "a quota needs a Limit and a Period of DAY, WEEK or MONTH; ignored",
                    "write Quota: {Limit: 1000, Period: DAY}");
            return Optional.empty();
        }
        return Optional.of(new Quota(limit.get(), period, Values.integer(quota.path("Offset")).orElse(0)));
    }

    private static Optional<String> named(TemplateView view, String id, String property, String type,
            Findings findings) {
        Optional<Reference> reference = view.reference(id, property);
        if (reference.isPresent() && !reference.get().root() && view.isOfType(reference.get().logicalId(), type)) {
            return Optional.of(reference.get().logicalId());
        }
        findings.unresolved(id, property, property + " " + reference.map(r -> "names " + r.describe()
                + ", which is no " + type + " of this template").orElse("is missing or does not resolve"),
                "write " + property + ": !Ref <the " + type + ">");
        return Optional.empty();
    }
}
