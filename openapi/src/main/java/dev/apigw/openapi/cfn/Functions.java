package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The intrinsic functions that only compute on their (already resolved) arguments. Each checks the argument shape
 * CloudFormation documents and says what it expected when the shape is wrong.
 */
final class Functions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Functions() {
    }

    static JsonNode join(JsonNode args) {
        if (!args.isArray() || args.size() != 2 || !args.get(0).isTextual() || !args.get(1).isArray()) {
            throw shape("Fn::Join", "[delimiter, [value, ...]]");
        }
        StringBuilder out = new StringBuilder();
        String delimiter = args.get(0).asText();
        JsonNode items = args.get(1);
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : delimiter).append(scalar("Fn::Join", items.get(i)));
        }
        return NODES.textNode(out.toString());
    }

    static JsonNode select(JsonNode args) {
        if (!args.isArray() || args.size() != 2 || !args.get(1).isArray()) {
            throw shape("Fn::Select", "[index, [value, ...]]");
        }
        int index = integer("Fn::Select", args.get(0));
        JsonNode list = args.get(1);
        if (index < 0 || index >= list.size()) {
            throw new Unresolved("Fn::Select index " + index + " is outside the list of " + list.size(),
                    "use an index from 0 to " + (list.size() - 1));
        }
        return list.get(index);
    }

    static JsonNode split(JsonNode args) {
        if (!args.isArray() || args.size() != 2 || !args.get(0).isTextual() || !args.get(1).isValueNode()) {
            throw shape("Fn::Split", "[delimiter, string]");
        }
        ArrayNode parts = NODES.arrayNode();
        String delimiter = args.get(0).asText();
        String text = args.get(1).asText();
        if (delimiter.isEmpty()) {
            throw new Unresolved("Fn::Split needs a non-empty delimiter", "fix the first argument");
        }
        for (String part : text.split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    static JsonNode base64(JsonNode arg) {
        String text = scalar("Fn::Base64", arg);
        return NODES.textNode(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Three zones, named as AWS names them; a local run has no real zones to list. */
    static JsonNode getAzs(JsonNode arg, AwsEnvironment env) {
        String region = arg.isTextual() && !arg.asText().isEmpty() ? arg.asText() : env.region();
        ArrayNode zones = NODES.arrayNode();
        zones.add(region + "a").add(region + "b").add(region + "c");
        return zones;
    }

    static JsonNode cidr(JsonNode args) {
        if (!args.isArray() || args.size() != 3 || !args.get(0).isValueNode()) {
            throw shape("Fn::Cidr", "[ipBlock, count, cidrBits]");
        }
        ArrayNode out = NODES.arrayNode();
        Cidr.subnets(args.get(0).asText(), integer("Fn::Cidr", args.get(1)), integer("Fn::Cidr", args.get(2)))
                .forEach(out::add);
        return out;
    }

    static JsonNode length(JsonNode arg) {
        if (!arg.isArray()) {
            throw shape("Fn::Length", "a list");
        }
        return NODES.numberNode(arg.size());
    }

    static JsonNode toJsonString(JsonNode arg) {
        if (!arg.isContainerNode()) {
            throw shape("Fn::ToJsonString", "an object or a list");
        }
        return NODES.textNode(arg.toString());
    }

    /** {@code [MapName, TopLevelKey, SecondLevelKey]}, with the optional {@code {DefaultValue: x}} fourth. */
    static JsonNode findInMap(JsonNode args, JsonNode mappings) {
        if (!args.isArray() || args.size() < 3 || args.size() > 4) {
            throw shape("Fn::FindInMap", "[MapName, TopLevelKey, SecondLevelKey]");
        }
        String map = scalar("Fn::FindInMap", args.get(0));
        String top = scalar("Fn::FindInMap", args.get(1));
        String second = scalar("Fn::FindInMap", args.get(2));
        JsonNode value = mappings.path(map).path(top).path(second);
        if (!value.isMissingNode()) {
            return value.deepCopy();
        }
        if (args.size() == 4 && args.get(3).has("DefaultValue")) {
            return args.get(3).get("DefaultValue");
        }
        throw new Unresolved("Fn::FindInMap finds no Mappings entry " + map + "/" + top + "/" + second
                + (mappings.isMissingNode() ? " (no template Mappings are in scope)" : ""),
                "add the entry to Mappings or pass a value that selects an existing one");
    }

    /** A string, number or boolean as the text CloudFormation would use. */
    static String scalar(String function, JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw new Unresolved(function + " needs a string here but got "
                    + (value == null || value.isNull() ? "nothing" : value.isArray() ? "a list" : "an object"),
                    "fix the argument");
        }
        return value.asText();
    }

    static int integer(String function, JsonNode value) {
        try {
            return Integer.parseInt(scalar(function, value).trim());
        } catch (NumberFormatException e) {
            throw new Unresolved(function + " needs a whole number here, not '" + value.asText() + "'",
                    "fix the argument");
        }
    }

    static Unresolved shape(String function, String expected) {
        return new Unresolved(function + " expects " + expected, "fix the arguments of " + function);
    }
}
