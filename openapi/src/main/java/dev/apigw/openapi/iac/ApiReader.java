package dev.apigw.openapi.iac;

import java.util.List;

/** Finds the APIs of one input form in a template: SAM resources and events, resource-form REST APIs, V2 APIs. */
public interface ApiReader {
    List<TemplateApi> read(CloudFormationTemplate template);
}
