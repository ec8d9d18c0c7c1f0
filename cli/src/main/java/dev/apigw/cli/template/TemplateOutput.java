package dev.apigw.cli.template;

import java.util.Map;

/** The {@code --output json} form of a rendered template. */
public record TemplateOutput(String output, String contentType, Integer statusOverride,
        Map<String, String> headerOverrides) {
}
