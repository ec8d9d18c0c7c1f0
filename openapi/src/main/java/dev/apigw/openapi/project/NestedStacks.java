package dev.apigw.openapi.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The nested stacks of a template whose template is a local file: CDK's {@code AWS::CloudFormation::Stack} with its
 * {@code aws:asset:path}, a relative {@code TemplateURL}, or SAM's {@code AWS::Serverless::Application} with a local
 * {@code Location}.
 */
final class NestedStacks {
    private NestedStacks() {
    }

    static List<Path> localTemplates(CloudFormationTemplate template) {
        List<Path> out = new ArrayList<>();
        template.resourceTypes().forEach((id, type) -> {
            JsonNode location = switch (type) {
                case "AWS::CloudFormation::Stack" -> template.resource(id).path("Metadata").path("aws:asset:path")
                        .isTextual() ? template.resource(id).path("Metadata").path("aws:asset:path")
                        : template.properties(id).path("TemplateURL");
                case "AWS::Serverless::Application" -> template.properties(id).path("Location");
                default -> null;
            };
            if (location != null && location.isTextual() && !location.asText().contains("://")) {
                Path file = template.directory().resolve(location.asText()).normalize();
                if (Files.isRegularFile(file)) {
                    out.add(file);
                }
            }
        });
        return out;
    }
}
