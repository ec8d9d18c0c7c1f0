package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What a name means to {@code Ref} and {@code Fn::GetAtt} (and to {@code ${...}} in {@code Fn::Sub}): a value given
 * on the command line wins, then pseudo parameters, template parameters' defaults and resources.
 */
final class References {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> parameters;
    private final Map<String, String> resourceTypes;
    private final Map<String, JsonNode> templateParameters;
    private final AwsEnvironment env;

    References(Map<String, String> parameters, Map<String, String> resourceTypes,
            Map<String, JsonNode> templateParameters) {
        this.parameters = Map.copyOf(parameters);
        this.resourceTypes = Map.copyOf(resourceTypes);
        this.templateParameters = Map.copyOf(templateParameters);
        this.env = AwsEnvironment.from(this.parameters);
    }

    AwsEnvironment env() {
        return env;
    }

    /** A value passed with {@code --param}, looked up verbatim (so {@code MyFunction.Arn} works too). */
    Optional<String> given(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** {@code Ref name}: a string, a list (list-typed parameters) or {@link MissingNode} for AWS::NoValue. */
    JsonNode ref(String name) {
        JsonNode template = templateParameters.get(name);
        String given = parameters.get(name);
        if (given != null) {
            return typed(template, given);
        }
        Optional<JsonNode> pseudo = pseudo(name);
        if (pseudo.isPresent()) {
            return pseudo.get();
        }
        if (template != null) {
            return parameterDefault(name, template);
        }
        if (resourceTypes.containsKey(name)) {
            // CloudFormation returns the physical id, usually the name; locally a resource is named by its id
            return NODES.textNode(name);
        }
        throw new Unresolved("Ref to '" + name + "', which is no parameter, pseudo parameter or resource"
                + (resourceTypes.isEmpty() ? " (no template is in scope)" : " of this template"),
                "pass --param " + name + "=value");
    }

    /** {@code Fn::GetAtt resource.attribute}. */
    String getAtt(String resource, String attribute) {
        String key = resource + "." + attribute;
        String given = parameters.get(key);
        if (given != null) {
            return given;
        }
        String type = resourceTypes.get(resource);
        if (type == null) {
            throw new Unresolved("Fn::GetAtt " + key + " names no resource '" + resource + "'"
                    + (resourceTypes.isEmpty() ? " (no template is in scope)" : " of this template"),
                    "pass --param " + key + "=value");
        }
        if (attribute.equals("Arn")) {
            Optional<String> arn = ArnFormats.arn(type, parameters.getOrDefault(resource, resource), env);
            if (arn.isPresent()) {
                return arn.get();
            }
        }
        throw new Unresolved("Fn::GetAtt " + key + ": the " + attribute + " attribute of a " + type
                + " is only known once it is deployed", "pass --param " + key + "=value");
    }

    /** {@code Fn::ImportValue}: another stack's export, known locally only when given. */
    JsonNode importValue(String exportName) {
        String given = parameters.get(exportName);
        if (given == null) {
            throw new Unresolved("Fn::ImportValue reads the export '" + exportName + "' of another stack",
                    "pass --param " + exportName + "=value");
        }
        return NODES.textNode(given);
    }

    private Optional<JsonNode> pseudo(String name) {
        switch (name) {
            case "AWS::Region":
                return Optional.of(NODES.textNode(env.region()));
            case "AWS::AccountId":
                return Optional.of(NODES.textNode(env.accountId()));
            case "AWS::Partition":
                return Optional.of(NODES.textNode(env.partition()));
            case "AWS::URLSuffix":
                return Optional.of(NODES.textNode(env.urlSuffix()));
            case "AWS::StackName":
                return Optional.of(NODES.textNode(env.stackName()));
            case "AWS::StackId":
                return Optional.of(NODES.textNode(env.stackId()));
            case "AWS::NotificationARNs":
                return Optional.of(NODES.arrayNode());
            case "AWS::NoValue":
                return Optional.of(MissingNode.getInstance());
            default:
                return Optional.empty();
        }
    }

    private JsonNode parameterDefault(String name, JsonNode template) {
        String type = template.path("Type").asText("String");
        if (type.startsWith("AWS::SSM::Parameter::Value<")) {
            // the Default is the SSM parameter's name; its value lives in SSM, which a local run cannot read
            throw new Unresolved("Ref to parameter '" + name + "', whose value CloudFormation reads from SSM",
                    "pass --param " + name + "=value");
        }
        JsonNode value = template.get("Default");
        if (value == null || value.isNull()) {
            throw new Unresolved("Ref to parameter '" + name + "', which has no Default",
                    "pass --param " + name + "=value");
        }
        return typed(template, value.isArray() ? joined(value) : value.asText());
    }

    /**
     * Parameter values are strings in CloudFormation, even of type Number ("when you use the parameter elsewhere in
     * your template, the parameter value becomes a string"); list types become lists.
     */
    private static JsonNode typed(JsonNode template, String value) {
        String type = template == null ? "String" : template.path("Type").asText("String");
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            ArrayNode list = NODES.arrayNode();
            if (!value.isEmpty()) {
                Arrays.stream(value.split(",", -1)).map(String::trim).forEach(list::add);
            }
            return list;
        }
        return NODES.textNode(value);
    }

    private static String joined(JsonNode array) {
        StringBuilder out = new StringBuilder();
        array.forEach(item -> out.append(out.length() == 0 ? "" : ",").append(item.asText()));
        return out.toString();
    }
}
