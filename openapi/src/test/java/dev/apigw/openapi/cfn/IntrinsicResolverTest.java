package dev.apigw.openapi.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.Diagnostics;
import dev.apigw.model.diag.Severity;
import dev.apigw.openapi.source.SourceDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntrinsicResolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Diagnostics sink = new Diagnostics();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static IntrinsicResolver template(Map<String, String> parameters) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("MyFunction", "AWS::Serverless::Function");
        types.put("Plain", "AWS::Lambda::Function");
        types.put("ExecRole", "AWS::IAM::Role");
        types.put("Queue", "AWS::SQS::Queue");
        types.put("Endpoint", "AWS::EC2::VPCEndpoint");
        Map<String, JsonNode> templateParameters = Map.of(
                "Stage", json("{'Type': 'String', 'Default': 'dev'}"),
                "Timeout", json("{'Type': 'Number', 'Default': 29000}"),
                "Hosts", json("{'Type': 'CommaDelimitedList', 'Default': 'a.example.com, b.example.com'}"),
                "NoDefault", json("{'Type': 'String'}"),
                "FromSsm", json("{'Type': 'AWS::SSM::Parameter::Value<String>', 'Default': '/app/host'}"));
        return new IntrinsicResolver(parameters, types, templateParameters);
    }

    private JsonNode resolve(IntrinsicResolver resolver, String node) {
        return resolver.resolve(json(node), null, "", sink);
    }

    private String value(String node) {
        return resolve(template(Map.of()), node).asText();
    }

    private List<Diagnostic> warnings() {
        return sink.list();
    }

    @Nested
    class Ref {
        @Test
        void reads_parameters_given_on_the_command_line_first() {
            assertThat(resolve(template(Map.of("Stage", "prod")), "{'Ref': 'Stage'}").asText()).isEqualTo("prod");
        }

        @Test
        void falls_back_to_the_template_default_as_a_string() {
            assertThat(value("{'Ref': 'Stage'}")).isEqualTo("dev");
            JsonNode timeout = resolve(template(Map.of()), "{'Ref': 'Timeout'}");
            assertThat(timeout.isTextual()).isTrue();
            assertThat(timeout.asText()).isEqualTo("29000");
        }

        @Test
        void makes_a_list_of_list_parameters() {
            assertThat(resolve(template(Map.of()), "{'Ref': 'Hosts'}").toString())
                    .isEqualTo("[\"a.example.com\",\"b.example.com\"]");
        }

        @Test
        void knows_the_pseudo_parameters_with_local_defaults() {
            assertThat(value("{'Ref': 'AWS::Region'}")).isEqualTo("us-east-1");
            assertThat(value("{'Ref': 'AWS::AccountId'}")).isEqualTo("123456789012");
            assertThat(value("{'Ref': 'AWS::Partition'}")).isEqualTo("aws");
            assertThat(value("{'Ref': 'AWS::URLSuffix'}")).isEqualTo("amazonaws.com");
            assertThat(value("{'Ref': 'AWS::StackName'}")).isEqualTo("apigw-local");
            assertThat(value("{'Ref': 'AWS::StackId'}"))
                    .startsWith("arn:aws:cloudformation:us-east-1:123456789012:stack/apigw-local/");
            assertThat(warnings()).isEmpty();
        }

        @Test
        void lets_pseudo_parameters_be_overridden_and_derives_the_partition() {
            IntrinsicResolver china = template(Map.of("AWS::Region", "cn-north-1", "AWS::AccountId", "111"));
            assertThat(resolve(china, "{'Ref': 'AWS::Partition'}").asText()).isEqualTo("aws-cn");
            assertThat(resolve(china, "{'Ref': 'AWS::URLSuffix'}").asText()).isEqualTo("amazonaws.com.cn");
            assertThat(resolve(china, "{'Fn::GetAtt': ['MyFunction', 'Arn']}").asText())
                    .isEqualTo("arn:aws-cn:lambda:cn-north-1:111:function:MyFunction");
        }

        @Test
        void names_a_resource_by_its_logical_id_or_a_given_name() {
            assertThat(value("{'Ref': 'Queue'}")).isEqualTo("Queue");
            assertThat(resolve(template(Map.of("Queue", "orders")), "{'Ref': 'Queue'}").asText())
                    .isEqualTo("orders");
        }

        @Test
        void removes_a_property_whose_value_is_no_value() {
            JsonNode out = resolve(template(Map.of()), "{'a': 1, 'b': {'Ref': 'AWS::NoValue'}, 'c': [1, {'Ref': 'AWS::NoValue'}]}");
            assertThat(out.toString()).isEqualTo("{\"a\":1,\"c\":[1]}");
        }

        @Test
        void keeps_an_unknown_name_verbatim_with_one_warning() {
            JsonNode out = resolve(template(Map.of()), "{'x': {'Ref': 'Nowhere'}}");
            assertThat(out).isEqualTo(json("{'x': {'Ref': 'Nowhere'}}"));
            assertThat(warnings()).singleElement().satisfies(d -> {
                assertThat(d.ruleId()).isEqualTo("APIGW-IMPORT-002");
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.message()).contains("Ref").contains("Nowhere");
                assertThat(d.hint()).isEqualTo("pass --param Nowhere=value");
                assertThat(d.location().pointer()).isEqualTo("/x/Ref");
            });
        }

        @Test
        void keeps_parameters_without_default_or_from_ssm_verbatim() {
            resolve(template(Map.of()), "[{'Ref': 'NoDefault'}, {'Ref': 'FromSsm'}]");
            assertThat(warnings()).extracting(Diagnostic::message)
                    .anySatisfy(m -> assertThat(m).contains("no Default"))
                    .anySatisfy(m -> assertThat(m).contains("SSM"));
        }

        @Test
        void leaves_a_schema_property_called_ref_alone() {
            JsonNode schema = json("{'properties': {'Ref': {'type': 'string'}}}");
            assertThat(resolve(template(Map.of()), schema.toString())).isEqualTo(schema);
            assertThat(warnings()).isEmpty();
        }
    }

    @Nested
    class GetAtt {
        @Test
        void makes_lambda_function_arns() {
            assertThat(value("{'Fn::GetAtt': ['MyFunction', 'Arn']}"))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:MyFunction");
            assertThat(value("{'Fn::GetAtt': 'Plain.Arn'}"))
                    .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:Plain");
        }

        @Test
        void makes_role_arns_including_sam_implicit_roles() {
            assertThat(value("{'Fn::GetAtt': ['ExecRole', 'Arn']}"))
                    .isEqualTo("arn:aws:iam::123456789012:role/ExecRole");
            JsonNode template = json("{'Resources': {'Fn': {'Type': 'AWS::Serverless::Function',"
                    + " 'Properties': {'Handler': 'x'}}}}");
            IntrinsicResolver sam = IntrinsicResolver.forTemplate(template, Map.of());
            assertThat(sam.resolve(json("{'Fn::GetAtt': ['FnRole', 'Arn']}"), null, "", sink).asText())
                    .isEqualTo("arn:aws:iam::123456789012:role/FnRole");
        }

        @Test
        void takes_any_attribute_from_the_command_line() {
            IntrinsicResolver given = template(Map.of("Endpoint.DnsEntries", "vpce.example", "MyFunction.Arn", "arn:x"));
            assertThat(resolve(given, "{'Fn::GetAtt': ['Endpoint', 'DnsEntries']}").asText()).isEqualTo("vpce.example");
            assertThat(resolve(given, "{'Fn::GetAtt': ['MyFunction', 'Arn']}").asText()).isEqualTo("arn:x");
        }

        @Test
        void keeps_attributes_known_only_after_deployment_verbatim() {
            JsonNode out = resolve(template(Map.of()), "{'Fn::GetAtt': ['Endpoint', 'DnsEntries']}");
            assertThat(out).isEqualTo(json("{'Fn::GetAtt': ['Endpoint', 'DnsEntries']}"));
            assertThat(warnings()).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("Endpoint.DnsEntries").contains("AWS::EC2::VPCEndpoint");
                assertThat(d.hint()).isEqualTo("pass --param Endpoint.DnsEntries=value");
            });
        }
    }

    @Nested
    class Sub {
        @Test
        void substitutes_parameters_pseudo_parameters_and_attributes() {
            assertThat(value("{'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/"
                    + "2015-03-31/functions/${MyFunction.Arn}/invocations'}"))
                    .isEqualTo("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                            + "arn:aws:lambda:us-east-1:123456789012:function:MyFunction/invocations");
        }

        @Test
        void uses_its_own_variables_resolved_inside_out() {
            assertThat(value("{'Fn::Sub': ['${Host}/${Stage}', {'Host': {'Fn::Join': ['.', ['api',"
                    + " {'Ref': 'AWS::Region'}]]}}]}")).isEqualTo("api.us-east-1/dev");
        }

        @Test
        void turns_the_escape_into_a_literal() {
            assertThat(value("{'Fn::Sub': '${!Literal}-${Stage}'}")).isEqualTo("${Literal}-dev");
        }

        @Test
        void leaves_vtl_without_braces_untouched() {
            assertThat(value("{'Fn::Sub': '{\\\"id\\\": $input.path(\\u0027$.id\\u0027), \\\"s\\\":"
                    + " \\\"${Stage}\\\"}'}")).isEqualTo("{\"id\": $input.path('$.id'), \"s\": \"dev\"}");
        }

        @Test
        void keeps_the_whole_string_when_api_gateway_variables_appear_in_it() {
            String sub = "{'Fn::Sub': 'https://${stageVariables.host}/${Stage}'}";
            assertThat(resolve(template(Map.of()), sub)).isEqualTo(json(sub));
            assertThat(warnings()).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("${stageVariables.host}").contains("API Gateway");
                assertThat(d.hint()).contains("${!stageVariables.host}");
            });
        }

        @Test
        void keeps_the_whole_string_when_any_variable_is_unknown_and_names_them_all() {
            String sub = "{'Fn::Sub': '${Stage}-${Missing}-${Other.Arn}'}";
            assertThat(resolve(template(Map.of()), sub)).isEqualTo(json(sub));
            assertThat(warnings()).singleElement().satisfies(d -> {
                assertThat(d.message()).contains("${Missing}").contains("${Other.Arn}").doesNotContain("${Stage}");
                assertThat(d.hint()).contains("--param Missing=value").contains("--param Other.Arn=value");
            });
        }
    }

    @Nested
    class OtherFunctions {
        @Test
        void join_select_split_and_base64() {
            assertThat(value("{'Fn::Join': ['-', ['a', {'Ref': 'Stage'}, 3]]}")).isEqualTo("a-dev-3");
            assertThat(value("{'Fn::Select': ['1', {'Fn::Split': [',', 'x,y,z']}]}")).isEqualTo("y");
            assertThat(value("{'Fn::Select': [0, {'Ref': 'Hosts'}]}")).isEqualTo("a.example.com");
            assertThat(value("{'Fn::Base64': {'Fn::Sub': 'hi ${Stage}'}}")).isEqualTo("aGkgZGV2");
        }

        @Test
        void get_azs_and_cidr() {
            assertThat(value("{'Fn::Select': [0, {'Fn::GetAZs': ''}]}")).isEqualTo("us-east-1a");
            assertThat(resolve(template(Map.of()), "{'Fn::Cidr': ['10.0.0.0/16', 3, 8]}").toString())
                    .isEqualTo("[\"10.0.0.0/24\",\"10.0.1.0/24\",\"10.0.2.0/24\"]");
        }

        @Test
        void import_value_comes_from_the_command_line() {
            assertThat(resolve(template(Map.of("shared-vpc", "vpc-1")), "{'Fn::ImportValue': 'shared-vpc'}").asText())
                    .isEqualTo("vpc-1");
            resolve(template(Map.of()), "{'Fn::ImportValue': 'shared-vpc'}");
            assertThat(warnings()).singleElement()
                    .satisfies(d -> assertThat(d.hint()).isEqualTo("pass --param shared-vpc=value"));
        }

        @Test
        void an_outer_function_around_an_unresolved_one_stays_verbatim_with_one_warning() {
            String join = "{'Fn::Join': ['', ['a', {'Ref': 'Stage'}, {'Ref': 'Missing'}]]}";
            assertThat(resolve(template(Map.of()), join)).isEqualTo(json(join));
            assertThat(warnings()).singleElement().satisfies(d -> {
                assertThat(d.message()).startsWith("Fn::Join is kept as written").contains("Missing");
                assertThat(d.location().pointer()).isEqualTo("/Fn::Join/1/2/Ref");
            });
        }

        @Test
        void an_out_of_range_select_is_unresolved() {
            resolve(template(Map.of()), "{'Fn::Select': [5, ['a']]}");
            assertThat(warnings()).singleElement().satisfies(d -> assertThat(d.message()).contains("outside"));
        }

        @Test
        void transform_inside_a_body_is_kept() {
            String transform = "{'Fn::Transform': {'Name': 'AWS::Include', 'Parameters': {'Location': 'x.yaml'}}}";
            assertThat(resolve(template(Map.of()), transform)).isEqualTo(json(transform));
            assertThat(warnings()).hasSize(1);
        }
    }

    @Nested
    class Conditions {
        private final JsonNode template = json("{'Parameters': {'Env': {'Type': 'String', 'Default': 'prod'}},"
                + " 'Mappings': {'Hosts': {'prod': {'Name': 'p.example.com'}}},"
                + " 'Conditions': {'IsProd': {'Fn::Equals': [{'Ref': 'Env'}, 'prod']},"
                + " 'Loop': {'Condition': 'Loop'}},"
                + " 'Resources': {}}");

        private JsonNode run(Map<String, String> parameters, String node) {
            return IntrinsicResolver.forTemplate(template, parameters).resolve(json(node), null, "", sink);
        }

        @Test
        void if_picks_the_branch_the_condition_selects() {
            assertThat(run(Map.of(), "{'Fn::If': ['IsProd', 'p', 'd']}").asText()).isEqualTo("p");
            assertThat(run(Map.of("Env", "dev"), "{'Fn::If': ['IsProd', 'p', 'd']}").asText()).isEqualTo("d");
            assertThat(run(Map.of("IsProd", "false"), "{'Fn::If': ['IsProd', 'p', 'd']}").asText())
                    .isEqualTo("d");
        }

        @Test
        void only_the_chosen_branch_is_evaluated() {
            assertThat(run(Map.of(), "{'Fn::If': ['IsProd', 'p', {'Ref': 'Missing'}]}").asText()).isEqualTo("p");
            assertThat(warnings()).isEmpty();
        }

        @Test
        void an_undefined_or_circular_condition_keeps_the_if_verbatim() {
            String undefined = "{'Fn::If': ['Unknown', 'a', 'b']}";
            assertThat(run(Map.of(), undefined)).isEqualTo(json(undefined));
            String loop = "{'Fn::If': ['Loop', 'a', 'b']}";
            assertThat(run(Map.of(), loop)).isEqualTo(json(loop));
            assertThat(warnings()).hasSize(2);
            assertThat(warnings().get(0).hint()).isEqualTo("pass --param Unknown=true or =false");
        }

        @Test
        void logic_functions_combine_conditions() {
            assertThat(run(Map.of(), "{'Fn::And': [{'Condition': 'IsProd'}, {'Fn::Not': [{'Fn::Equals': ['a', 'b']}]}]}")
                    .asBoolean()).isTrue();
            assertThat(run(Map.of(), "{'Fn::Or': [{'Fn::Equals': ['a', 'b']}, {'Condition': 'IsProd'}]}")
                    .asBoolean()).isTrue();
        }

        @Test
        void find_in_map_reads_the_mappings() {
            assertThat(run(Map.of(), "{'Fn::FindInMap': ['Hosts', {'Ref': 'Env'}, 'Name']}").asText())
                    .isEqualTo("p.example.com");
            assertThat(run(Map.of(), "{'Fn::FindInMap': ['Hosts', 'dev', 'Name', {'DefaultValue': 'fallback'}]}")
                    .asText()).isEqualTo("fallback");
            run(Map.of(), "{'Fn::FindInMap': ['Hosts', 'dev', 'Name']}");
            assertThat(warnings()).singleElement().satisfies(d -> assertThat(d.message()).contains("Hosts/dev/Name"));
        }
    }

    @Nested
    class OutsideATemplate {
        @Test
        void resolves_pseudo_parameters_and_given_values_only() {
            IntrinsicResolver standalone = IntrinsicResolver.standalone(Map.of("Fn.Arn", "arn:aws:lambda:x"));
            JsonNode out = standalone.resolve(json("{'a': {'Fn::Sub': '${AWS::Region}/${Fn.Arn}'},"
                    + " 'b': {'Ref': 'Thing'}}"), null, "", sink);
            assertThat(out.get("a").asText()).isEqualTo("us-east-1/arn:aws:lambda:x");
            assertThat(out.get("b")).isEqualTo(json("{'Ref': 'Thing'}"));
            assertThat(warnings()).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("no template is in scope"));
        }

        @Test
        void locates_warnings_in_the_source_document() {
            SourceDocument doc = SourceDocument.parse("api.yaml", String.join("\n",
                    "openapi: 3.0.1",
                    "paths:",
                    "  /a:",
                    "    get:",
                    "      x-amazon-apigateway-integration:",
                    "        uri: !Sub 'https://${Host}/a'",
                    ""));
            JsonNode out = IntrinsicResolver.standalone(Map.of()).resolve(doc.root().get("paths"), doc, "/paths", sink);
            assertThat(out.at("/~1a/get/x-amazon-apigateway-integration/uri/Fn::Sub").asText())
                    .isEqualTo("https://${Host}/a");
            assertThat(warnings()).singleElement().satisfies(d -> {
                assertThat(d.location().file()).isEqualTo("api.yaml");
                assertThat(d.location().line()).isEqualTo(6);
                assertThat(d.location().column()).isEqualTo(14);
                assertThat(d.oneLine()).startsWith("api.yaml:6:14: warning [APIGW-IMPORT-002] Fn::Sub is kept");
            });
        }

        @Test
        void finds_intrinsics_anywhere_in_a_tree() {
            assertThat(IntrinsicResolver.containsIntrinsics(json("{'a': [{'b': {'Fn::Sub': 'x'}}]}"))).isTrue();
            assertThat(IntrinsicResolver.containsIntrinsics(json("{'a': [{'Ref': {'type': 'string'}}]}"))).isFalse();
        }
    }
}
