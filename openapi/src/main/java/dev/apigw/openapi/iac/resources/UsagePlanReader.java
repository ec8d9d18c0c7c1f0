package dev.apigw.openapi.iac.resources;

import dev.apigw.model.project.ApiKey;
import dev.apigw.model.project.ThrottleSettings;
import dev.apigw.model.project.UsagePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One API's usage plans and API keys: the plans with an {@code ApiStages} entry for it (only its stages, by
 * name), the keys those plans bind, and keys that name one of its stages in {@code StageKeys}.
 */
final class UsagePlanReader {
    /** The plans and keys of one API, as the project file holds them. */
    record Result(List<UsagePlan> plans, List<ApiKey> keys) {
    }

    private final TemplateView view;
    private final Findings findings;

    UsagePlanReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    Result read(String api, UsagePlanIndex index, StageReader.Stages stages) {
        Set<String> keyIds = new LinkedHashSet<>();
        List<UsagePlanIndex.Plan> plans = new ArrayList<>();
        for (UsagePlanIndex.Plan plan : index.plans()) {
            if (plan.stages().stream().anyMatch(s -> s.api().equals(api))) {
                plans.add(plan);
                keyIds.addAll(plan.keys());
            }
        }
        keyIds.addAll(stageKeys(api));
        Map<String, ApiKey> keys = new ApiKeyReader(view, findings).read(keyIds);
        List<UsagePlan> out = new ArrayList<>();
        for (UsagePlanIndex.Plan plan : plans) {
            List<String> stageNames = new ArrayList<>();
            Map<String, ThrottleSettings> methodThrottling = new LinkedHashMap<>();
            for (int i = 0; i < plan.stages().size(); i++) {
                UsagePlanIndex.ApiStage stage = plan.stages().get(i);
                if (!stage.api().equals(api)) {
                    continue;
                }
                String name = stages.names().getOrDefault(stage.stage(), stage.stage());
                if (!stages.byName().containsKey(name)) {
                    findings.invalid(plan.logicalId(), "ApiStages/" + i + "/Stage", "API " + api + " has no stage '"
                            + name + "'", "write Stage: !Ref <an AWS::ApiGateway::Stage of " + api + ">");
                }
                stageNames.add(name);
                stage.methodThrottling().forEach(methodThrottling::putIfAbsent);
            }
            List<String> keyNames = plan.keys().stream().map(keys::get).map(ApiKey::name).toList();
            out.add(new UsagePlan(plan.name(), stageNames, keyNames, plan.throttling(), plan.quota(),
                    methodThrottling));
        }
        return new Result(out, List.copyOf(keys.values()));
    }

    /** Keys whose (deprecated, pre-usage-plan) {@code StageKeys} name this API. */
    private List<String> stageKeys(String api) {
        List<String> out = new ArrayList<>();
        for (String key : view.ofType(UsagePlanIndex.API_KEY)) {
            var list = view.properties(key).path("StageKeys");
            for (int i = 0; list.isArray() && i < list.size(); i++) {
                Optional<Reference> restApi = Reference.of(list.get(i).path("RestApiId"));
                if (restApi.filter(r -> !r.root() && r.logicalId().equals(api)).isPresent()) {
                    out.add(key);
                    break;
                }
            }
        }
        return out;
    }
}
