package dev.apigw.simulator.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The validation error string in API Gateway's wording: java-json-tools (fge) json-schema-validator 2.2.x, draft 4.
 *
 * <p>Sources. Templates: fge's bundle {@code com/github/fge/jsonschema/validator/validation.properties}
 * (https://github.com/java-json-tools/json-schema-validator/blob/master/src/main/resources/com/github/fge/jsonschema/validator/validation.properties).
 * Every expected list below is the output of fge json-schema-validator 2.2.14 itself
 * ({@code JsonSchemaFactory.byDefault().getJsonSchema(schema).validate(instance)}, messages of level error, in
 * report order) run on the same schema and body. AWS's use of that wording, top-level and unprefixed:
 * <ul>
 * <li>"Request body does not match model schema for content type application/json: [object has missing required
 * properties ([\"email\",\"password\",\"repeatPassword\"])]" and, for an empty body in the console, "[Unknown error
 * parsing request body]" — API Gateway console test log quoted in course notes (GitHub, "Validating Request Body -
 * Trying how it works");</li>
 * <li>"[object has missing required properties ([\"NoteId\"])]" — AWS Training lab guide, "Create a request model";</li>
 * <li>{@code $context.error.validationErrorString} rendered as
 * "[object has missing required properties ([\"name\"])]" in a BAD_REQUEST_BODY gateway response, and an
 * integration test expecting {@code message: "Invalid request body"} with
 * {@code error: '[object has missing required properties (["clientId","clientState",...])]'} (GitHub).</li>
 * </ul>
 */
class AwsSchemaMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> keywords() {
        return Stream.of(
                Arguments.of("required, names sorted, one message",
                        "{\"type\":\"object\",\"required\":[\"password\",\"email\",\"repeatPassword\"]}", "{\"a\":1}",
                        List.of("object has missing required properties ([\"email\",\"password\",\"repeatPassword\"])")),
                Arguments.of("type",
                        "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}", "{\"name\":1}",
                        List.of("instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])")),
                Arguments.of("type number allows integer too",
                        "{\"type\":\"number\"}", "\"x\"",
                        List.of("instance type (string) does not match any allowed primitive type (allowed: [\"integer\",\"number\"])")),
                Arguments.of("type list sorted", "{\"type\":[\"string\",\"null\"]}", "1",
                        List.of("instance type (integer) does not match any allowed primitive type (allowed: [\"null\",\"string\"])")),
                Arguments.of("type of a fraction", "{\"type\":\"integer\"}", "1.5",
                        List.of("instance type (number) does not match any allowed primitive type (allowed: [\"integer\"])")),
                Arguments.of("enum", "{\"enum\":[\"a\",\"b\",1,null,{\"x\":1}]}", "\"c\"",
                        List.of("instance value (\"c\") not found in enum (possible values: [\"a\",\"b\",1,null,{\"x\":1}])")),
                Arguments.of("minLength", "{\"type\":\"string\",\"minLength\":3}", "\"xy\"",
                        List.of("string \"xy\" is too short (length: 2, required minimum: 3)")),
                Arguments.of("maxLength then format", "{\"type\":\"string\",\"maxLength\":2,\"format\":\"email\"}", "\"abcd\"",
                        List.of("string \"abcd\" is too long (length: 4, maximum allowed: 2)",
                                "string \"abcd\" is not a valid email address")),
                Arguments.of("pattern", "{\"type\":\"string\",\"pattern\":\"^z\"}", "\"xy\"",
                        List.of("ECMA 262 regex \"^z\" does not match input string \"xy\"")),
                Arguments.of("minimum", "{\"type\":\"object\",\"properties\":{\"price\":{\"type\":\"number\",\"minimum\":0}}}",
                        "{\"price\":-1}",
                        List.of("numeric instance is lower than the required minimum (minimum: 0, found: -1)")),
                Arguments.of("maximum", "{\"maximum\":5}", "7.5",
                        List.of("numeric instance is greater than the required maximum (maximum: 5, found: 7.5)")),
                Arguments.of("maximum, found as a double", "{\"properties\":{\"n\":{\"maximum\":10}}}", "{\"n\":1e3}",
                        List.of("numeric instance is greater than the required maximum (maximum: 10, found: 1000.0)")),
                Arguments.of("exclusiveMinimum", "{\"minimum\":5,\"exclusiveMinimum\":true}", "5",
                        List.of("numeric instance is not strictly greater than the required minimum 5")),
                Arguments.of("exclusiveMaximum", "{\"maximum\":5,\"exclusiveMaximum\":true}", "5",
                        List.of("numeric instance is not strictly lower than the required maximum 5")),
                Arguments.of("multipleOf", "{\"multipleOf\":0.1}", "0.15",
                        List.of("remainder of division is not zero (0.15 / 0.1)")),
                Arguments.of("minItems and uniqueItems",
                        "{\"type\":\"array\",\"minItems\":3,\"uniqueItems\":true,\"items\":{\"type\":\"string\"}}", "[1,1]",
                        List.of("array is too short: must have at least 3 elements but instance has 2 elements",
                                "array must not contain duplicate elements")),
                Arguments.of("maxItems", "{\"type\":\"array\",\"maxItems\":1,\"items\":{\"type\":\"string\"}}", "[\"a\",2]",
                        List.of("array is too long: must have at most 1 elements but instance has 2 elements")),
                Arguments.of("additionalProperties, minProperties, required: keyword order",
                        "{\"type\":\"object\",\"required\":[\"b\",\"a\"],\"minProperties\":3,"
                                + "\"additionalProperties\":false,\"properties\":{\"x\":{}}}", "{\"y\":1}",
                        List.of("object instance has properties which are not allowed by the schema: [\"y\"]",
                                "object has too few properties (found 1 but schema requires at least 3)",
                                "object has missing required properties ([\"a\",\"b\"])")),
                Arguments.of("maxProperties", "{\"maxProperties\":1}", "{\"a\":1,\"b\":2}",
                        List.of("object has too many properties (found 2 but schema requires at most 1)")),
                Arguments.of("enum, maximum, minimum, multipleOf: keyword order",
                        "{\"minimum\":5,\"multipleOf\":2,\"enum\":[10],\"maximum\":1}", "3",
                        List.of("instance value (3) not found in enum (possible values: [10])",
                                "numeric instance is greater than the required maximum (maximum: 1, found: 3)",
                                "numeric instance is lower than the required minimum (minimum: 5, found: 3)",
                                "remainder of division is not zero (3 / 2)")),
                Arguments.of("format date-time", "{\"type\":\"string\",\"format\":\"date-time\"}", "\"nope\"",
                        List.of("string \"nope\" is invalid against requested date format(s) "
                                + "[yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]")),
                Arguments.of("format ipv4", "{\"type\":\"string\",\"format\":\"ipv4\"}", "\"nope\"",
                        List.of("string \"nope\" is not a valid IPv4 address")),
                Arguments.of("anyOf", "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]}", "1",
                        List.of("instance failed to match at least one required schema among 2")),
                Arguments.of("oneOf, two match", "{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"number\"}]}", "1",
                        List.of("instance failed to match exactly one schema (matched 2 out of 2)")),
                Arguments.of("oneOf, none matches", "{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]}", "1",
                        List.of("instance failed to match exactly one schema (matched 0 out of 2)")),
                Arguments.of("allOf", "{\"properties\":{\"a\":{\"allOf\":[{\"type\":\"integer\"},{\"minimum\":3},"
                                + "{\"maximum\":9}]}}}", "{\"a\":1}",
                        List.of("instance failed to match all required schemas (matched only 2 out of 3)")),
                Arguments.of("not", "{\"not\":{\"type\":\"string\"}}", "\"x\"",
                        List.of("instance matched a schema which it should not have")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keywords")
    void wordsEachKeywordAsFge(String title, String schema, String body, List<String> expected) throws Exception {
        assertThat(validate(schema, body)).as(title).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> order() {
        String items = "{\"properties\":{\"b\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"k\"],"
                + "\"properties\":{\"k\":{\"type\":\"string\"}}}},\"%s\":{\"type\":\"string\"}}}";
        return Stream.of(
                Arguments.of("a failing object is not looked into (no nested path prefix either)",
                        "{\"type\":\"object\",\"required\":[\"name\",\"price\"],\"properties\":{\"name\":{\"type\":\"string\"}}}",
                        "{\"name\":1}", List.of("object has missing required properties ([\"price\"])")),
                Arguments.of("siblings all checked, by name",
                        "{\"type\":\"object\",\"properties\":{\"price\":{\"type\":\"number\"},\"name\":{\"type\":\"string\"}}}",
                        "{\"price\":\"x\",\"name\":1}",
                        List.of("instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])",
                                "instance type (string) does not match any allowed primitive type (allowed: [\"integer\",\"number\"])")),
                Arguments.of("nested object's own message has no path",
                        "{\"type\":\"object\",\"properties\":{\"o\":{\"type\":\"object\",\"required\":[\"z\"],"
                                + "\"properties\":{\"q\":{\"type\":\"integer\"}}}},\"required\":[\"o\"]}",
                        "{\"o\":{\"q\":\"s\"}}", List.of("object has missing required properties ([\"z\"])")),
                Arguments.of("an earlier failing sibling stops the walk going deeper", String.format(items, "a"),
                        "{\"b\":[{\"k\":1},{},{\"k\":2}],\"a\":3}",
                        List.of("instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])")),
                Arguments.of("items by index, then the later sibling", String.format(items, "c"),
                        "{\"b\":[{\"k\":1},{},{\"k\":2}],\"c\":3}",
                        List.of("instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])",
                                "object has missing required properties ([\"k\"])",
                                "instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("order")
    void listsMessagesInFgeOrder(String title, String schema, String body, List<String> expected) throws Exception {
        assertThat(validate(schema, body)).as(title).containsExactlyElementsOf(expected);
    }

    @Test
    void unparseableBodyIsReportedAsAwsLogsIt() throws Exception {
        assertThat(validate("{\"type\":\"object\"}", "{\"items\": [")).containsExactly("Unknown error parsing request body");
    }

    @Test
    void validBodyHasNoMessages() throws Exception {
        assertThat(validate("{\"type\":\"object\",\"required\":[\"a\"]}", "{\"a\":1}")).isEmpty();
    }

    private static List<String> validate(String schema, String body) throws Exception {
        Map<String, Object> parsed = JSON.readValue(schema, new TypeReference<Map<String, Object>>() { });
        return new BodyValidator(Map.of()).validate(parsed, body);
    }
}
