package dev.apigw.model.project;

import dev.apigw.model.api.ApiDefinition;
import java.util.Optional;

/**
 * An API definition with its project settings: what every command reads. {@code logicalId} names the template
 * resource the API came from (a SAM or CloudFormation template defines several); its API id derives from it.
 */
public record ApiProject(ApiDefinition api, ProjectConfig config, String definitionFile, Optional<String> logicalId) {
    public ApiProject {
        logicalId = logicalId == null ? Optional.empty() : logicalId;
    }

    public ApiProject(ApiDefinition api, ProjectConfig config, String definitionFile) {
        this(api, config, definitionFile, Optional.empty());
    }
}
