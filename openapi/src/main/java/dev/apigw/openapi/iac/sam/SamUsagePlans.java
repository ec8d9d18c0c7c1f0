package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.Quota;
import dev.apigw.model.project.UsagePlan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Auth.UsagePlan} of a REST API as SAM creates it: {@code PER_API} gives the API its own plan
 * ({@code <Api>UsagePlan}) and API key ({@code <Api>ApiKey}); {@code SHARED} puts every such API's stage in one plan
 * ({@code ServerlessUsagePlan}) with one key ({@code ServerlessApiKey}); {@code NONE} creates nothing. SAM lets
 * CloudFormation generate the key's value, which is only known once deployed, so locally each key gets a fixed
 * value: {@code apigw-local-key-} followed by the key's logical id.
 */
final class SamUsagePlans {
    static final String KEY_PREFIX = "apigw-local-key-";
    private static final Set<String> KEYS = Set.of("CreateUsagePlan", "Description", "Quota", "Tags", "Throttle",
            "UsagePlanName");

    private SamUsagePlans() {
    }

    /** The plan and key the API's stage gets, if its Auth asks for one. */
    record Plans(List<UsagePlan> plans, List<ApiKey> keys) {
        static Plans none() {
            return new Plans(List.of(), List.of());
        }
    }

    static Plans read(SamResource api, String stage, Findings findings) {
        JsonNode plan = api.get("Auth").path("UsagePlan");
        if (plan.isMissingNode() || plan.isNull()) {
            return Plans.none();
        }
        String pointer = api.pointer("Auth", "UsagePlan");
        if (!plan.isObject()) {
            findings.rejected(pointer, "SAM rejects " + api.logicalId() + ": UsagePlan must be a map; no usage plan"
                    + " is created", "write UsagePlan: { CreateUsagePlan: PER_API }");
            return Plans.none();
        }
        for (var names = plan.fieldNames(); names.hasNext();) {
            String key = names.next();
            if (!KEYS.contains(key)) {
                findings.rejected(pointer + "/" + key, "SAM rejects " + api.logicalId() + ": '" + key + "' is not"
                        + " a UsagePlan property; no usage plan is created", "use " + String.join(", ",
                        new java.util.TreeSet<>(KEYS)));
                return Plans.none();
            }
        }
        String create = plan.path("CreateUsagePlan").asText("");
        String planId;
        String keyId;
        switch (create) {
            case "NONE":
                return Plans.none();
            case "PER_API":
                planId = api.logicalId() + "UsagePlan";
                keyId = api.logicalId() + "ApiKey";
                break;
            case "SHARED":
                planId = "ServerlessUsagePlan";
                keyId = "ServerlessApiKey";
                break;
            default:
                findings.rejected(pointer + "/CreateUsagePlan", "SAM rejects " + api.logicalId() + ": CreateUsagePlan"
                        + " must be PER_API, SHARED or NONE" + (create.isEmpty() ? "" : ", not '" + create + "'")
                        + "; no usage plan is created", "write CreateUsagePlan: PER_API");
                return Plans.none();
        }
        JsonNode throttle = plan.path("Throttle");
        JsonNode quota = plan.path("Quota");
        Optional<Quota> limit = Numbers.whole(quota.get("Limit")).map(l -> new Quota(l,
                quota.path("Period").asText("DAY").toUpperCase(Locale.ROOT), Numbers.integer(quota.get("Offset"))
                .orElse(0)));
        UsagePlan usagePlan = new UsagePlan(plan.path("UsagePlanName").asText(planId), List.of(stage),
                List.of(keyId), SamStages.throttle(throttle.get("RateLimit"), throttle.get("BurstLimit")), limit);
        return new Plans(List.of(usagePlan), List.of(new ApiKey(keyId, KEY_PREFIX + keyId, true)));
    }
}
