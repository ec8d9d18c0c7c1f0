package dev.apigw.openapi.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Severity;
import dev.apigw.model.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDocumentTest {

    private static final String INTEGRATION = "/paths/~1pets~1{id}/get/x-amazon-apigateway-integration";

    private static ApigwException failure(Runnable action) {
        try {
            action.run();
        } catch (ApigwException e) {
            return e;
        }
        throw new AssertionError("expected an ApigwException");
    }

    private static void assertAt(SourceLocation location, int line, int column) {
        assertThat(location.line()).as("line of %s", location.pointer()).isEqualTo(line);
        assertThat(location.column()).as("column of %s", location.pointer()).isEqualTo(column);
    }

    @Nested
    class Json {
        private final SourceDocument doc = SourceDocument.read(Fixtures.source("nested.json"));

        @Test
        void is_detected_as_json_and_keeps_key_order() {
            assertThat(doc.format()).isEqualTo(SourceFormat.JSON);
            assertThat(doc.root().fieldNames()).toIterable()
                    .containsExactly("openapi", "info", "paths", "x-number", "x-big", "x-flag", "x-nothing");
        }

        @Test
        void locates_object_members_at_their_keys() {
            assertAt(doc.locate("/openapi"), 2, 3);
            assertAt(doc.locate("/info/title"), 3, 12);
            assertAt(doc.locate("/info/version"), 3, 29);
            assertAt(doc.locate("/paths/~1pets~1{id}"), 5, 5);
            assertAt(doc.locate(INTEGRATION + "/timeoutInMillis"), 9, 11);
            assertAt(doc.locate(INTEGRATION + "/responses/default/statusCode"), 11, 25);
        }

        @Test
        void locates_array_elements_at_their_values() {
            assertAt(doc.locate("/paths/~1pets~1{id}/get/tags/0"), 14, 18);
            assertAt(doc.locate("/paths/~1pets~1{id}/get/tags/1"), 14, 26);
        }

        @Test
        void types_values_as_written() {
            JsonNode root = doc.root();
            assertThat(root.at(INTEGRATION + "/timeoutInMillis").isInt()).isTrue();
            assertThat(root.at(INTEGRATION + "/responses/default/statusCode").isTextual()).isTrue();
            assertThat(root.get("x-number").isDouble()).isTrue();
            assertThat(root.get("x-big").isLong()).isTrue();
            assertThat(root.get("x-flag").isBoolean()).isTrue();
            assertThat(root.get("x-nothing").isNull()).isTrue();
        }

        @Test
        void malformed_json_names_line_and_column() {
            ApigwException e = failure(() -> SourceDocument.read(Fixtures.source("malformed.json")));
            assertThat(e.kind()).isEqualTo(ApigwException.Kind.INPUT);
            Diagnostic d = e.diagnostics().get(0);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertAt(d.location(), 5, 5);
            assertThat(e.getMessage()).contains("malformed.json:5:5").contains("malformed JSON")
                    .contains("comma");
            assertThat(d.hint()).isNotBlank();
        }

        @Test
        void content_after_the_top_level_value_is_an_error() {
            ApigwException e = failure(() -> SourceDocument.parse("x.json", "{\"a\": 1}\n{\"b\": 2}"));
            assertAt(e.diagnostics().get(0).location(), 2, 1);
        }

        @Test
        void duplicate_keys_keep_the_last_value_and_warn() {
            SourceDocument dup = SourceDocument.parse("d.json", "{\n\"a\": {\"x\": 1},\n\"a\": {\"y\": 2}\n}");
            assertThat(dup.root().get("a").toString()).isEqualTo("{\"y\":2}");
            assertAt(dup.locate("/a"), 3, 1);
            assertThat(dup.locate("/a/x").line()).isEqualTo(3); // the replaced subtree's positions are gone
            assertThat(dup.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.ruleId()).isEqualTo(SourceProblems.DUPLICATE_KEY));
        }

        @Test
        void a_top_level_array_is_refused() {
            ApigwException e = failure(() -> SourceDocument.parse("a.json", "[1, 2]"));
            assertThat(e.getMessage()).contains("not a JSON object");
        }
    }

    @Nested
    class Yaml {
        private final SourceDocument doc = SourceDocument.read(Fixtures.source("nested.yaml"));

        @Test
        void is_detected_as_yaml() {
            assertThat(doc.format()).isEqualTo(SourceFormat.YAML);
        }

        @Test
        void locates_nested_keys_and_list_items() {
            assertAt(doc.locate("/openapi"), 1, 1);
            assertAt(doc.locate("/info/title"), 3, 3);
            assertAt(doc.locate("/paths/~1pets~1{id}"), 6, 3);
            assertAt(doc.locate(INTEGRATION), 8, 7);
            assertAt(doc.locate(INTEGRATION + "/responses/default/statusCode"), 13, 13);
            assertAt(doc.locate("/paths/~1pets~1{id}/get/tags/1"), 16, 11);
        }

        @Test
        void types_scalars_as_written_without_yaml_1_1_surprises() {
            JsonNode root = doc.root();
            assertThat(root.at("/info/version").isDouble()).isTrue();
            assertThat(root.at("/info/version").asText()).isEqualTo("1.0");
            assertThat(root.at(INTEGRATION + "/timeoutInMillis").isInt()).isTrue();
            assertThat(root.at(INTEGRATION + "/responses/default/statusCode").isTextual()).isTrue();
            assertThat(root.get("x-date").asText()).isEqualTo("2010-09-09");
            assertThat(root.get("x-date").isTextual()).isTrue();
            assertThat(root.get("x-octal-looking").asText()).isEqualTo("0123");
            assertThat(root.get("x-yes").isBoolean()).isTrue();
            assertThat(root.get("x-quoted-number").isTextual()).isTrue();
            assertThat(root.get("x-null").isNull()).isTrue();
            assertThat(root.get("200").asText()).isEqualTo("numeric key");
            assertThat(root.get("openapi").asText()).isEqualTo("3.0.1");
        }

        @Test
        void anchors_and_merge_keys_expand_with_explicit_keys_winning() {
            SourceDocument anchors = SourceDocument.read(Fixtures.source("anchors.yaml"));
            JsonNode root = anchors.root();
            assertThat(root.at("/first/type").asText()).isEqualTo("http");
            assertThat(root.at("/first/passthroughBehavior").asText()).isEqualTo("when_no_match");
            assertThat(root.at("/second/type").asText()).isEqualTo("mock");
            assertThat(root.get("dup").asInt()).isEqualTo(2);
            assertThat(anchors.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(SourceProblems.DUPLICATE_KEY);
                assertAt(d.location(), 9, 1);
            });
        }

        @Test
        void malformed_yaml_names_line_and_column() {
            ApigwException e = failure(() -> SourceDocument.read(Fixtures.source("malformed.yaml")));
            assertThat(e.kind()).isEqualTo(ApigwException.Kind.INPUT);
            SourceLocation at = e.diagnostics().get(0).location();
            assertThat(at.line()).isEqualTo(4);
            assertThat(at.column()).isPositive();
            assertThat(e.getMessage()).startsWith(at.display()).contains("malformed YAML");
        }

        @Test
        void tab_indentation_is_reported_where_the_tab_is() {
            ApigwException e = failure(() -> SourceDocument.read(Fixtures.source("tabs.yaml")));
            assertAt(e.diagnostics().get(0).location(), 3, 1);
            assertThat(e.diagnostics().get(0).hint()).contains("tabs");
        }

        @Test
        void several_documents_in_one_file_are_refused() {
            ApigwException e = failure(() -> SourceDocument.parse("two.yaml", "a: 1\n---\nb: 2\n"));
            assertThat(e.getMessage()).contains("two.yaml:").contains("malformed YAML");
        }

        @Test
        void flow_style_yaml_starting_with_a_brace_is_still_yaml() {
            SourceDocument flow = SourceDocument.parse("flow.yaml", "{openapi: 3.0.1, paths: {}}");
            assertThat(flow.format()).isEqualTo(SourceFormat.YAML);
            assertThat(flow.root().get("openapi").asText()).isEqualTo("3.0.1");
        }

        @Test
        void json_content_in_a_file_without_extension_is_json() {
            SourceDocument json = SourceDocument.parse("definition", "{\"openapi\": \"3.0.1\"}");
            assertThat(json.format()).isEqualTo(SourceFormat.JSON);
        }
    }

    @Nested
    class CloudFormationShortTags {
        private final SourceDocument doc = SourceDocument.read(Fixtures.source("short-tags.yaml"));
        private final JsonNode props = doc.root().at("/Resources/Api/Properties");

        private String json(String name) {
            return props.get(name).toString();
        }

        @Test
        void become_the_long_json_form() {
            assertThat(json("Ref1")).isEqualTo("{\"Ref\":\"StageName\"}");
            assertThat(json("Sub1")).isEqualTo("{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::${Bucket}\"}");
            assertThat(json("Sub2")).isEqualTo(
                    "{\"Fn::Sub\":[\"https://${Host}/x\",{\"Host\":{\"Fn::GetAtt\":[\"Lb\",\"DNSName\"]}}]}");
            assertThat(json("Join1")).isEqualTo("{\"Fn::Join\":[\",\",[\"a\",{\"Ref\":\"B\"}]]}");
            assertThat(json("Select1")).isEqualTo("{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}");
            assertThat(json("Split1")).isEqualTo("{\"Fn::Split\":[\"|\",\"a|b\"]}");
            assertThat(json("If1")).isEqualTo(
                    "{\"Fn::If\":[\"IsProd\",{\"Ref\":\"Prod\"},{\"Ref\":\"AWS::NoValue\"}]}");
            assertThat(json("Equals1")).isEqualTo("{\"Fn::Equals\":[{\"Ref\":\"Env\"},\"prod\"]}");
            assertThat(json("And1")).isEqualTo(
                    "{\"Fn::And\":[{\"Condition\":\"A\"},{\"Fn::Not\":[{\"Condition\":\"B\"}]}]}");
            assertThat(json("Or1")).isEqualTo("{\"Fn::Or\":[{\"Condition\":\"A\"},{\"Condition\":\"B\"}]}");
            assertThat(json("Find1")).isEqualTo(
                    "{\"Fn::FindInMap\":[\"RegionMap\",{\"Ref\":\"AWS::Region\"},\"Ami\"]}");
            assertThat(json("Base641")).isEqualTo("{\"Fn::Base64\":\"hello\"}");
            assertThat(json("Cidr1")).isEqualTo("{\"Fn::Cidr\":[\"10.0.0.0/16\",4,8]}");
            assertThat(json("Import1")).isEqualTo("{\"Fn::ImportValue\":\"SharedVpc\"}");
            assertThat(json("Transform1")).isEqualTo(
                    "{\"Fn::Transform\":{\"Name\":\"AWS::Include\",\"Parameters\":{\"Location\":\"./api.yaml\"}}}");
        }

        @Test
        void get_att_splits_at_the_first_dot_only() {
            assertThat(json("GetAtt1")).isEqualTo("{\"Fn::GetAtt\":[\"MyFunction\",\"Arn\"]}");
            assertThat(json("GetAtt2")).isEqualTo("{\"Fn::GetAtt\":[\"MyFunction\",\"Arn\"]}");
            assertThat(json("GetAtt3")).isEqualTo("{\"Fn::GetAtt\":[\"Thing\",\"Nested.Attribute\"]}");
        }

        @Test
        void the_function_key_is_located_at_the_tag() {
            assertAt(doc.locate("/Resources/Api/Properties/Ref1"), 5, 7);
            assertAt(doc.locate("/Resources/Api/Properties/Ref1/Ref"), 5, 13);
            assertAt(doc.locate("/Resources/Api/Properties/Sub2/Fn::Sub/1/Host/Fn::GetAtt"), 9, 17);
        }

        @Test
        void an_unknown_tag_keeps_its_value_with_a_warning() {
            assertThat(props.get("Unknown1").isInt()).isTrue();
            assertThat(props.get("Unknown1").asInt()).isEqualTo(42);
            assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo(SourceProblems.UNKNOWN_TAG);
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.message()).contains("!Whatever");
                assertAt(d.location(), 25, 17);
            });
        }
    }

    @Nested
    class Locate {
        private final SourceDocument doc = SourceDocument.read(Fixtures.source("nested.yaml"));

        @Test
        void falls_back_to_the_nearest_existing_ancestor() {
            SourceLocation at = doc.locate(INTEGRATION + "/requestTemplates/application~1json");
            assertAt(at, 8, 7);
            assertThat(at.pointer()).isEqualTo(INTEGRATION + "/requestTemplates/application~1json");
            assertThat(at.file()).endsWith("nested.yaml");
        }

        @Test
        void never_throws_on_odd_pointers() {
            assertAt(doc.locate(null), 1, 1);
            assertAt(doc.locate(""), 1, 1);
            assertAt(doc.locate("#/info/title"), 3, 3);
            assertAt(doc.locate("info/title"), 3, 3);
            assertAt(doc.locate("/no/such/thing"), 1, 1);
            assertThat(new SourceDocument("mem", SourceFormat.JSON, doc.root(), null).locate("/info").hasPosition())
                    .isFalse();
        }
    }

    @Nested
    class Reading {
        @TempDir
        Path dir;

        @Test
        void refuses_files_over_six_megabytes() throws IOException {
            Path big = dir.resolve("big.json");
            byte[] content = new byte[SourceDocument.MAX_BYTES + 1];
            java.util.Arrays.fill(content, (byte) ' ');
            content[0] = '{';
            content[content.length - 1] = '}';
            Files.write(big, content);
            ApigwException e = failure(() -> SourceDocument.read(big));
            assertThat(e.getMessage()).contains("6 MB");
            assertThat(e.kind()).isEqualTo(ApigwException.Kind.INPUT);
        }

        @Test
        void refuses_text_over_six_megabytes() {
            String text = "{\"a\": \"" + "é".repeat(SourceDocument.MAX_BYTES / 2) + "\"}";
            assertThat(failure(() -> SourceDocument.parse("big.json", text)).getMessage()).contains("6 MB");
        }

        @Test
        void accepts_a_large_yaml_file_under_the_limit() {
            StringBuilder yaml = new StringBuilder("paths:\n");
            for (int i = 0; yaml.length() < 4 * 1024 * 1024; i++) {
                yaml.append("  /p").append(i).append(":\n    get: {x-amazon-apigateway-integration: {type: mock}}\n");
            }
            assertThat(SourceDocument.parse("big.yaml", yaml.toString()).root().get("paths").size())
                    .isGreaterThan(1000);
        }

        @Test
        void a_missing_file_is_an_input_error() {
            ApigwException e = failure(() -> SourceDocument.read(dir.resolve("nope.yaml")));
            assertThat(e.kind()).isEqualTo(ApigwException.Kind.INPUT);
            assertThat(e.getMessage()).contains("nope.yaml").contains("not found");
        }

        @Test
        void a_directory_is_an_input_error() {
            assertThat(failure(() -> SourceDocument.read(dir)).getMessage()).contains("directory");
        }

        @Test
        void non_utf8_bytes_are_an_input_error() throws IOException {
            Path latin1 = dir.resolve("latin1.yaml");
            Files.write(latin1, "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(failure(() -> SourceDocument.read(latin1)).getMessage()).contains("UTF-8");
        }

        @Test
        void an_empty_file_is_an_input_error() throws IOException {
            Path empty = Files.writeString(dir.resolve("empty.yaml"), "# only a comment\n");
            assertThat(failure(() -> SourceDocument.read(empty)).getMessage()).contains("empty");
        }

        @Test
        void a_byte_order_mark_is_ignored() {
            SourceDocument doc = SourceDocument.parse("bom.json", "\uFEFF{\"a\": 1}");
            assertThat(doc.root().get("a").asInt()).isEqualTo(1);
        }

        @Test
        void diagnostics_list_is_never_null() {
            assertThat(new SourceDocument("f", SourceFormat.YAML, null, null).diagnostics()).isEqualTo(List.of());
        }
    }
}
