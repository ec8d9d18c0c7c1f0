package dev.apigw.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rewrites networknt's validation messages in the wording of the validator API Gateway runs, java-json-tools (fge)
 * json-schema-validator 2.2.x with draft 4, so that {@code $context.error.validationErrorString} reads as in AWS.
 *
 * <p>Templates: the {@code validation.properties} bundle of fge json-schema-validator 2.2.14
 * (https://github.com/java-json-tools/json-schema-validator/blob/master/src/main/resources/com/github/fge/jsonschema/validator/validation.properties),
 * the exact texts checked against that library run locally (see {@code AwsSchemaMessagesTest}). As fge, a message
 * carries no instance path: AWS prints e.g. {@code [object has missing required properties (["email","password"])]}
 * for a nested object too. Also as fge's default {@code validate(instance)} (no deep check):
 * <ul>
 * <li>the children of an instance are not validated once the instance itself failed;</li>
 * <li>messages come parent first, children in the order of their names (array items by index), and within one
 * instance keyword by keyword in alphabetical order, {@code format} last;</li>
 * <li>the missing {@code required} properties of an object form one message, names sorted;</li>
 * <li>{@code anyOf}/{@code oneOf}/{@code allOf}/{@code not} give one summary message, not their branches' ones.</li>
 * </ul>
 */
final class AwsSchemaMessages {
    /** What AWS logs for a body that is not JSON at all. */
    static final String UNPARSEABLE = "Unknown error parsing request body";

    private static final Set<String> BRANCHING = Set.of("anyOf", "oneOf", "not");

    private AwsSchemaMessages() {
    }

    /** fge's messages for networknt's, in fge's order. */
    static List<String> describe(Collection<ValidationMessage> messages) {
        return describe(messages, null);
    }

    /**
     * fge's messages for networknt's, in fge's order; {@code root}, the schema validated against, gives the number
     * of branches of an {@code allOf} or {@code anyOf}.
     */
    static List<String> describe(Collection<ValidationMessage> messages, JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<ValidationMessage>> required = new LinkedHashMap<>();
        Map<String, List<ValidationMessage>> branches = new LinkedHashMap<>();
        Set<String> summarised = new java.util.HashSet<>();
        for (ValidationMessage m : messages) {
            if (BRANCHING.contains(m.getType())) {
                summarised.add(m.getInstanceLocation() + "|"
                        + prefix(m.getEvaluationPath(), m.getEvaluationPath().getNameCount() - 1));
            }
        }
        for (ValidationMessage m : messages) {
            int branch = branchIndex(m.getEvaluationPath());
            if (branch >= 0) {
                String key = m.getInstanceLocation() + "|" + prefix(m.getEvaluationPath(), branch);
                String combinator = m.getEvaluationPath().getName(branch);
                if (!combinator.equals("not") && !nestedBranch(m.getEvaluationPath(), branch)
                        && !summarised.contains(key)) {
                    branches.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                }
                continue;
            }
            if ("required".equals(m.getType())) {
                required.computeIfAbsent(m.getInstanceLocation().toString(), k -> new ArrayList<>()).add(m);
                continue;
            }
            String text = text(m);
            if (text != null) {
                problems.add(new Problem(segments(m.getInstanceLocation()), m.getType(), text));
            }
        }
        required.values().forEach(group -> {
            Set<String> missing = new TreeSet<>();
            group.forEach(m -> missing.add(String.valueOf(m.getArguments()[0])));
            problems.add(new Problem(segments(group.get(0).getInstanceLocation()), "required",
                    "object has missing required properties (" + jsonStrings(missing) + ")"));
        });
        branches.values().forEach(group -> {
            ValidationMessage first = group.get(0);
            int branch = branchIndex(first.getEvaluationPath());
            String combinator = first.getEvaluationPath().getName(branch);
            int total = branchCount(group, root);
            long failed = group.stream().map(m -> m.getEvaluationPath().getElement(branch + 1)).distinct().count();
            String text = combinator.equals("allOf")
                    ? "instance failed to match all required schemas (matched only " + (total - failed) + " out of "
                            + total + ")"
                    : combinator.equals("anyOf") ? "instance failed to match at least one required schema among " + total
                    : "instance failed to match exactly one schema (matched " + (total - failed) + " out of " + total
                            + ")";
            problems.add(new Problem(segments(first.getInstanceLocation()), combinator, text));
        });
        // fge walks the instance depth first and, its report failed, goes no deeper: a problem counts unless one
        // already reported sits at or before (in that walk) the parent of its instance.
        problems.sort(ORDER);
        List<Problem> reported = new ArrayList<>();
        for (Problem p : problems) {
            List<Object> location = p.location();
            boolean reached = location.isEmpty() || reported.stream()
                    .noneMatch(r -> compareLocations(r.location(), location.subList(0, location.size() - 1)) <= 0);
            if (reached) {
                reported.add(p);
            }
        }
        return reported.stream().map(Problem::text).toList();
    }

    /** fge's wording for one networknt message, null for a keyword fge does not report. */
    static String text(ValidationMessage m) {
        JsonNode instance = m.getInstanceNode();
        JsonNode schema = m.getSchemaNode();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "type" -> "instance type (" + typeOf(instance) + ") does not match any allowed primitive type (allowed: "
                    + allowedTypes(schema) + ")";
            case "enum" -> "instance value (" + instance + ") not found in enum (possible values: " + schema + ")";
            case "minLength" -> "string \"" + instance.asText() + "\" is too short (length: " + length(instance)
                    + ", required minimum: " + schema.asInt() + ")";
            case "maxLength" -> "string \"" + instance.asText() + "\" is too long (length: " + length(instance)
                    + ", maximum allowed: " + schema.asInt() + ")";
            case "pattern" -> "ECMA 262 regex \"" + schema.asText() + "\" does not match input string \""
                    + instance.asText() + "\"";
            case "minimum" -> equal(instance, schema)
                    ? "numeric instance is not strictly greater than the required minimum " + schema
                    : "numeric instance is lower than the required minimum (minimum: " + schema + ", found: "
                    + instance + ")";
            case "maximum" -> equal(instance, schema)
                    ? "numeric instance is not strictly lower than the required maximum " + schema
                    : "numeric instance is greater than the required maximum (maximum: " + schema
                    + ", found: " + instance + ")";
            case "minItems" -> "array is too short: must have at least " + schema.asInt()
                    + " elements but instance has " + instance.size() + " elements";
            case "maxItems" -> "array is too long: must have at most " + schema.asInt()
                    + " elements but instance has " + instance.size() + " elements";
            case "uniqueItems" -> "array must not contain duplicate elements";
            case "additionalProperties" -> "object instance has properties which are not allowed by the schema: "
                    + jsonStrings(List.of(String.valueOf(args.length > 1 ? args[1] : m.getProperty())));
            case "minProperties" -> "object has too few properties (found " + instance.size()
                    + " but schema requires at least " + schema.asInt() + ")";
            case "maxProperties" -> "object has too many properties (found " + instance.size()
                    + " but schema requires at most " + schema.asInt() + ")";
            case "multipleOf" -> "remainder of division is not zero (" + instance + " / " + schema + ")";
            case "anyOf" -> "instance failed to match at least one required schema among " + schema.size();
            case "oneOf" -> "instance failed to match exactly one schema (matched " + matched(args) + " out of "
                    + schema.size() + ")";
            case "not" -> "instance matched a schema which it should not have";
            case "format" -> format(m, instance);
            default -> m.getMessage();
        };
    }

    private static String format(ValidationMessage m, JsonNode instance) {
        String value = instance.asText();
        String format = m.getSchemaNode() == null ? "" : m.getSchemaNode().asText();
        return switch (format) {
            case "email" -> "string \"" + value + "\" is not a valid email address";
            case "hostname" -> "string \"" + value + "\" is not a valid hostname";
            case "ipv4" -> "string \"" + value + "\" is not a valid IPv4 address";
            case "ipv6" -> "string \"" + value + "\" is not a valid IPv6 address";
            case "uri" -> "string \"" + value + "\" is not a valid URI";
            case "regex" -> "string \"" + value + "\" is not a valid ECMA 262 regular expression";
            case "date-time" -> "string \"" + value + "\" is invalid against requested date format(s) "
                    + "[yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]";
            default -> null; // formats fge's draft-4 library does not check
        };
    }

    /** The fge name of a JSON value's type; a number without fraction is an integer. */
    static String typeOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isArray() ? "array" : "object";
    }

    /** fge lists the allowed types sorted, {@code number} bringing {@code integer} along. */
    private static String allowedTypes(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        if (schema != null && schema.isArray()) {
            schema.forEach(t -> types.add(t.asText()));
        } else if (schema != null) {
            types.add(schema.asText());
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return jsonStrings(types);
    }

    private static String jsonStrings(Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static int length(JsonNode text) {
        String s = text.asText();
        return s.codePointCount(0, s.length());
    }

    /**
     * A bound reached exactly yet failing is an exclusive one (draft 4's boolean {@code exclusiveMinimum} and
     * {@code exclusiveMaximum}, which networknt reports under {@code minimum} and {@code maximum}).
     */
    private static boolean equal(JsonNode instance, JsonNode bound) {
        return instance != null && bound != null && instance.isNumber() && bound.isNumber()
                && instance.decimalValue().compareTo(bound.decimalValue()) == 0;
    }

    private static Object matched(Object[] args) {
        return args.length > 0 ? args[0] : 0;
    }

    /** The size of the combinator's array, read in the schema; else the highest failing branch's. */
    private static int branchCount(List<ValidationMessage> group, JsonNode root) {
        ValidationMessage first = group.get(0);
        JsonNodePath fragment = first.getSchemaLocation() == null ? null : first.getSchemaLocation().getFragment();
        if (root != null && fragment != null) {
            int last = -1;
            for (int i = 0; i < fragment.getNameCount() - 1; i++) {
                String name = fragment.getName(i);
                if ((name.equals("allOf") || name.equals("anyOf") || name.equals("oneOf"))
                        && fragment.getElement(i + 1) instanceof Number) {
                    last = i;
                }
            }
            JsonNode node = root;
            for (int i = 0; i <= last && node != null; i++) {
                Object element = fragment.getElement(i);
                node = element instanceof Number n ? node.get(n.intValue()) : node.get(String.valueOf(element));
            }
            if (last >= 0 && node != null && node.isArray()) {
                return node.size();
            }
        }
        int branch = branchIndex(first.getEvaluationPath());
        return group.stream().mapToInt(m -> ((Number) m.getEvaluationPath().getElement(branch + 1)).intValue())
                .max().orElse(0) + 1;
    }

    private static int branchIndex(JsonNodePath path) {
        for (int i = 0; i < path.getNameCount() - 1; i++) {
            String name = path.getName(i);
            if ((BRANCHING.contains(name) || name.equals("allOf")) && i + 1 < path.getNameCount()
                    && (path.getElement(i + 1) instanceof Number || name.equals("not"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean nestedBranch(JsonNodePath path, int from) {
        for (int i = from + 1; i < path.getNameCount() - 1; i++) {
            if (BRANCHING.contains(path.getName(i)) || path.getName(i).equals("allOf")) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(JsonNodePath path, int upTo) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= upTo; i++) {
            b.append('/').append(path.getName(i));
        }
        return b.toString();
    }

    private static List<Object> segments(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    private record Problem(List<Object> location, String keyword, String text) {
    }

    /** fge's order: instances depth first, an object's members by name; in one instance keywords by name, format last. */
    private static final Comparator<Problem> ORDER = (a, b) -> {
        int c = compareLocations(a.location(), b.location());
        if (c == 0) {
            c = Boolean.compare(a.keyword().equals("format"), b.keyword().equals("format"));
        }
        return c != 0 ? c : a.keyword().compareTo(b.keyword());
    };

    /** Pre-order of instance locations: a parent before its children. */
    private static int compareLocations(List<Object> a, List<Object> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareSegment(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareSegment(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Integer.compare(x.intValue(), y.intValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
