package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SAM's {@code Auth.ResourcePolicy} shorthand turned into {@code x-amazon-apigateway-policy} statements, one set per
 * path as SAM writes them: account allow/deny lists, source IP ranges and source VPC/VPC endpoint lists (an Allow
 * for the path's methods plus a conditional Deny), and {@code CustomStatements} appended as written.
 */
final class ResourcePolicies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String POLICY = "x-amazon-apigateway-policy";

    private ResourcePolicies() {
    }

    /** Adds the statements {@code policy} implies for {@code path}'s methods on stage {@code stage}. */
    static void add(OpenApiDoc doc, JsonNode policy, String path, String stage) {
        ArrayNode resources = resources(doc, path, stage);
        accounts(doc, policy.get("AwsAccountWhitelist"), "Allow", resources);
        accounts(doc, policy.get("AwsAccountBlacklist"), "Deny", resources);
        ips(doc, policy.get("IpRangeWhitelist"), "NotIpAddress", resources);
        ips(doc, policy.get("IpRangeBlacklist"), "IpAddress", resources);
        vpcs(doc, policy, "Blacklist", "StringEquals", resources);
        vpcs(doc, policy, "Whitelist", "StringNotEquals", resources);
        JsonNode custom = policy.get("CustomStatements");
        if (custom != null && !custom.isNull()) {
            ArrayNode statements = statements(doc);
            for (JsonNode statement : custom.isArray() ? custom : NODES.arrayNode().add(custom)) {
                if (!contains(statements, statement)) {
                    statements.add(statement.deepCopy());
                }
            }
        }
    }

    /** {@code execute-api:/stage/METHOD/path} for each method of the path, path parameters as {@code *}. */
    private static ArrayNode resources(OpenApiDoc doc, String path, String stage) {
        ArrayNode out = NODES.arrayNode();
        String wildcarded = path.replaceAll("\\{[A-Za-z0-9._-]+\\+?}", "*");
        for (String method : doc.operations(path, false).keySet()) {
            String verb = method.equals(OpenApiDoc.ANY) ? "*" : method.toUpperCase(Locale.ROOT);
            out.add("execute-api:/" + stage + "/" + verb + wildcarded);
        }
        return out;
    }

    private static void accounts(OpenApiDoc doc, JsonNode accounts, String effect, ArrayNode resources) {
        if (accounts == null || accounts.isNull() || accounts.isEmpty() && accounts.isContainerNode()) {
            return;
        }
        ObjectNode statement = statement(effect, resources);
        statement.putObject("Principal").set("AWS", accounts.isArray() ? accounts.deepCopy()
                : NODES.arrayNode().add(accounts.deepCopy()));
        statements(doc).add(statement);
    }

    private static void ips(OpenApiDoc doc, JsonNode ranges, String condition, ArrayNode resources) {
        if (ranges == null || ranges.isNull() || ranges.isArray() && ranges.isEmpty()) {
            return;
        }
        ObjectNode deny = statement("Deny", resources).put("Principal", "*");
        deny.putObject("Condition").putObject(condition).set("aws:SourceIp", ranges.isArray() ? ranges.deepCopy()
                : NODES.arrayNode().add(ranges.deepCopy()));
        allowAndDeny(doc, resources, deny);
    }

    private static void vpcs(OpenApiDoc doc, JsonNode policy, String list, String condition, ArrayNode resources) {
        List<JsonNode> vpcs = new ArrayList<>();
        List<JsonNode> endpoints = new ArrayList<>();
        policy.path("SourceVpc" + list).forEach(v -> {
            String text = v.asText();
            if (text.startsWith("vpce-")) {
                endpoints.add(v);
            } else if (text.startsWith("vpc-")) {
                vpcs.add(v);
            }
        });
        policy.path("IntrinsicVpc" + list).forEach(vpcs::add);
        policy.path("IntrinsicVpce" + list).forEach(endpoints::add);
        if (vpcs.isEmpty() && endpoints.isEmpty()) {
            return;
        }
        ObjectNode deny = statement("Deny", resources).put("Principal", "*");
        ObjectNode test = deny.putObject("Condition").putObject(condition);
        if (!vpcs.isEmpty()) {
            vpcs.forEach(test.putArray("aws:SourceVpc")::add);
        }
        if (!endpoints.isEmpty()) {
            endpoints.forEach(test.putArray("aws:SourceVpce")::add);
        }
        allowAndDeny(doc, resources, deny);
    }

    private static void allowAndDeny(OpenApiDoc doc, ArrayNode resources, ObjectNode deny) {
        ArrayNode statements = statements(doc);
        ObjectNode allow = statement("Allow", resources).put("Principal", "*");
        for (ObjectNode statement : List.of(allow, deny)) {
            if (!contains(statements, statement)) {
                statements.add(statement);
            }
        }
    }

    private static ObjectNode statement(String effect, ArrayNode resources) {
        ObjectNode statement = NODES.objectNode().put("Effect", effect).put("Action", "execute-api:Invoke");
        statement.set("Resource", resources.deepCopy());
        return statement;
    }

    /** The policy's statements as a list (one statement object is made a list of one). */
    private static ArrayNode statements(OpenApiDoc doc) {
        ObjectNode policy = OpenApiDoc.object(doc.root(), POLICY);
        policy.put("Version", "2012-10-17");
        JsonNode statement = policy.get("Statement");
        if (statement instanceof ArrayNode list) {
            return list;
        }
        ArrayNode list = NODES.arrayNode();
        if (statement != null && statement.isObject()) {
            list.add(statement);
        }
        policy.set("Statement", list);
        return list;
    }

    private static boolean contains(ArrayNode statements, JsonNode statement) {
        for (JsonNode s : statements) {
            if (s.equals(statement)) {
                return true;
            }
        }
        return false;
    }
}
