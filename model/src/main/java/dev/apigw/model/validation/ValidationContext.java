package dev.apigw.model.validation;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ApiType;
import dev.apigw.model.project.ProjectConfig;
import java.util.List;

/**
 * What rules read: the API, the project settings (empty when there is no project file) and a template parser.
 * Operations are computed once, since nearly every rule walks them.
 */
public final class ValidationContext {
    private final ApiDefinition api;
    private final ProjectConfig config;
    private final TemplateSyntax templates;
    private final List<Operation> operations;

    public ValidationContext(ApiDefinition api, ProjectConfig config, TemplateSyntax templates) {
        this.api = api;
        this.config = config;
        this.templates = templates;
        this.operations = List.copyOf(Operation.of(api));
    }

    public static ValidationContext of(ApiDefinition api) {
        return new ValidationContext(api, ProjectConfig.empty(), TemplateSyntax.none());
    }

    public ApiDefinition api() {
        return api;
    }

    public ProjectConfig config() {
        return config;
    }

    public TemplateSyntax templates() {
        return templates;
    }

    public List<Operation> operations() {
        return operations;
    }

    public boolean isRest() {
        return api.type() == ApiType.REST;
    }

    public boolean isHttp() {
        return api.type() == ApiType.HTTP;
    }
}
