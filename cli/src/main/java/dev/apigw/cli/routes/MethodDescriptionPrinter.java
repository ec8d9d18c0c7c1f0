package dev.apigw.cli.routes;

import dev.apigw.cli.output.TextStyle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text form of {@code apigw describe}: one section per stage of API Gateway's method execution. */
public final class MethodDescriptionPrinter {

    private final PrintWriter out;
    private final TextStyle style;

    public MethodDescriptionPrinter(PrintWriter out, TextStyle style) {
        this.out = out;
        this.style = style;
    }

    public void print(MethodDescription d) {
        String header = d.routeKey();
        if (!d.routeKey().endsWith(" " + d.resourcePath())) {
            header += "  (resource " + d.resourcePath() + ")";
        }
        out.println(style.bold(header));
        if (!d.pathParameters().isEmpty()) {
            out.println("  path parameters: " + pairs(d.pathParameters(), "="));
        }
        if (d.operationId() != null) {
            out.println("  operation: " + d.operationId());
        }
        if (d.summary() != null) {
            out.println("  " + d.summary());
        }
        printRequest(d.request());
        printAuth(d.auth());
        printIntegration(d.integration());
        printIntegrationResponses(d.integrationResponses());
        printMethodResponses(d.methodResponses());
        out.flush();
    }

    private void printRequest(MethodDescription.Request request) {
        section("Method request");
        if (request.parameters().isEmpty()) {
            out.println("  parameters: none");
        }
        for (MethodDescription.ParameterView p : request.parameters()) {
            out.println("  " + p.in() + " " + p.name() + " (" + (p.required() ? "required" : "optional")
                    + (p.type() == null ? "" : ", " + p.type()) + ")");
        }
        if (request.body() != null) {
            out.println("  body" + (request.body().required() ? " (required)" : "") + ": "
                    + pairs(request.body().models(), " -> "));
        }
        MethodDescription.ValidatorView v = request.validator();
        out.println("  request validator: " + (v == null ? "none" : v.name() + " (body: " + v.validateRequestBody()
                + ", parameters: " + v.validateRequestParameters() + ")"));
    }

    private void printAuth(MethodAuth auth) {
        section("Authorization");
        out.println("  type: " + auth.authorizationType());
        if (auth.authorizer() != null) {
            out.println("  authorizer: " + auth.authorizer()
                    + (auth.authorizerType() == null ? "" : " (" + auth.authorizerType() + ")"));
            auth.authorizerDetails().forEach(line -> out.println("    " + line));
        }
        if (!auth.scopes().isEmpty()) {
            out.println("  scopes: " + String.join(" ", auth.scopes()));
        }
        out.println("  API key required: " + auth.apiKeyRequired());
    }

    private void printIntegration(MethodDescription.IntegrationView i) {
        section("Integration request");
        if (i == null) {
            out.println("  none: the method has no integration (API Gateway answers 500)");
            return;
        }
        List<String> lines = new ArrayList<>();
        add(lines, "shared integration", i.ref());
        add(lines, "type", i.type());
        add(lines, "http method", i.httpMethod());
        add(lines, "uri", i.uri());
        add(lines, "connection", i.connectionType());
        add(lines, "credentials", i.credentials());
        add(lines, "passthrough behavior", i.passthroughBehavior());
        add(lines, "content handling", i.contentHandling());
        add(lines, "timeout", i.timeoutInMillis() == null ? null : i.timeoutInMillis() + " ms");
        add(lines, "payload format", i.payloadFormatVersion());
        if (!i.cacheKeyParameters().isEmpty()) {
            add(lines, "cache keys", String.join(", ", i.cacheKeyParameters()));
        }
        lines.forEach(line -> out.println("  " + line));
        mappings("parameter mappings", i.requestParameters());
        templates("mapping templates", i.requestTemplates());
    }

    private void printIntegrationResponses(List<MethodDescription.IntegrationResponseView> responses) {
        section("Integration responses");
        if (responses.isEmpty()) {
            out.println("  none");
        }
        for (MethodDescription.IntegrationResponseView r : responses) {
            out.println("  " + style.bold(r.selectionPattern()) + " -> " + r.statusCode()
                    + (r.contentHandling() == null ? "" : " (" + r.contentHandling() + ")"));
            mappings("header mappings", r.responseParameters());
            templates("mapping templates", r.responseTemplates());
        }
    }

    private void printMethodResponses(List<MethodDescription.MethodResponseView> responses) {
        section("Method responses");
        if (responses.isEmpty()) {
            out.println("  none");
        }
        for (MethodDescription.MethodResponseView r : responses) {
            StringBuilder line = new StringBuilder("  " + style.bold(r.statusCode()));
            if (!r.headers().isEmpty()) {
                line.append("  headers: ").append(String.join(", ", r.headers()));
            }
            if (!r.models().isEmpty()) {
                line.append("  ").append(pairs(r.models(), " -> "));
            }
            out.println(line);
        }
    }

    private void mappings(String title, Map<String, String> mappings) {
        if (mappings.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        mappings.forEach((target, source) -> out.println("    " + target + " = " + source));
    }

    private void templates(String title, Map<String, String> templates) {
        if (templates.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        templates.forEach((type, text) -> {
            out.println("    " + type + ":");
            text.strip().lines().forEach(line -> out.println("      " + line));
        });
    }

    private void section(String title) {
        out.println();
        out.println(style.cyan(title));
    }

    private static void add(List<String> lines, String name, String value) {
        if (value != null) {
            lines.add(name + ": " + value);
        }
    }

    private static String pairs(Map<String, String> map, String separator) {
        return String.join(", ", map.entrySet().stream().map(e -> e.getKey() + separator + e.getValue()).toList());
    }
}
