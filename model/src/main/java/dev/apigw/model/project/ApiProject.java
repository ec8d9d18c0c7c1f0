package dev.apigw.model.project;

import dev.apigw.model.api.ApiDefinition;

/** An API definition with its project settings: what every command reads. */
public record ApiProject(ApiDefinition api, ProjectConfig config, String definitionFile) {
}
