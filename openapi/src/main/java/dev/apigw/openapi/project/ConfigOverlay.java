package dev.apigw.openapi.project;

import dev.apigw.model.project.FunctionBinding;
import dev.apigw.model.project.ProjectConfig;
import dev.apigw.model.project.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template API's configuration with the template's functions and what an {@code apigw.yaml} beside the template
 * overrides: its functions, stages (by name), keys, plans, credentials, service endpoints, authorizer key sets and
 * account throttling replace or add to what the template says.
 */
final class ConfigOverlay {
    private ConfigOverlay() {
    }

    static ProjectConfig apply(ProjectConfig template, Map<String, FunctionBinding> functions,
            ProjectConfig overrides) {
        Map<String, FunctionBinding> allFunctions = new LinkedHashMap<>(functions);
        allFunctions.putAll(template.functions());
        allFunctions.putAll(overrides.functions());
        Map<String, Stage> stages = new LinkedHashMap<>(template.stages());
        stages.putAll(overrides.stages());
        var keys = new ArrayList<>(template.apiKeys());
        keys.addAll(overrides.apiKeys());
        var plans = new ArrayList<>(template.usagePlans());
        plans.addAll(overrides.usagePlans());
        Map<String, String> endpoints = new LinkedHashMap<>(template.serviceEndpoints());
        endpoints.putAll(overrides.serviceEndpoints());
        var authorizers = new LinkedHashMap<>(template.authorizers());
        authorizers.putAll(overrides.authorizers());
        var credentials = new ArrayList<>(overrides.credentials());
        credentials.addAll(template.credentials());
        Map<String, String> parameters = new LinkedHashMap<>(template.parameters());
        parameters.putAll(overrides.parameters());
        return new ProjectConfig(template.definition(), template.type(), parameters, stages, keys, plans,
                allFunctions, credentials, endpoints, overrides.account().equals(
                dev.apigw.model.project.AccountSettings.DEFAULT) ? template.account() : overrides.account(),
                authorizers, template.webSocket());
    }
}
