package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.apigw.cli.CliRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ValidateCommandTest {
    private static final String DIR = "src/test/resources/validate/";

    private static CliRun validate(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Nested
    class ExitCodes {
        @Test
        void clean_definition_exits_0_and_says_so() {
            CliRun run = validate(DIR + "clean.yaml");
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).contains("no findings in " + DIR + "clean.yaml");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void errors_exit_1_with_compiler_style_lines() {
            CliRun run = validate(DIR + "broken.yaml");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .contains(DIR + "broken.yaml:15:9: error [APIGW001] timeoutInMillis 10 is outside 50–300000 ms")
                    .contains(DIR + "broken.yaml:17:11: error [APIGW105]")
                    .contains("  hint: ")
                    .contains("3 errors, 0 warnings");
        }

        @Test
        void warnings_pass_unless_fail_on_warning() {
            assertThat(validate(DIR + "warnings-only.yaml").exitCode()).isZero();
            CliRun strict = validate("--fail-on", "warning", DIR + "warnings-only.yaml");
            assertThat(strict.exitCode()).isEqualTo(1);
            assertThat(strict.err()).contains("warning [APIGW601]");
        }

        @Test
        void unreadable_or_missing_input_exits_3() {
            assertThat(validate(DIR + "unreadable.yaml").exitCode()).isEqualTo(3);
            assertThat(validate(DIR + "no-such-file.yaml").exitCode()).isEqualTo(3);
        }

        @Test
        void a_document_the_importer_rejects_is_a_finding_not_an_unreadable_file() {
            CliRun run = validate(DIR + "import-error.yaml");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("import-error.yaml:8:7: error [APIGW-IMPORT-003] integration has no type");
        }

        @Test
        void unknown_rule_to_disable_is_a_usage_error() {
            assertThat(validate("--rule-disable", "APIGW999", DIR + "clean.yaml").exitCode()).isEqualTo(2);
        }
    }

    @Nested
    class Silencing {
        @Test
        void rule_disable_takes_a_list() {
            CliRun run = validate("--rule-disable", "APIGW001,APIGW105", "--rule-disable", "APIGW401",
                    DIR + "broken.yaml");
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void x_apigw_ignore_silences_the_open_post_method() {
            // POST /pets has no security but says x-apigw-ignore: [APIGW601]
            assertThat(validate(DIR + "broken.yaml").err()).doesNotContain("APIGW601");
        }
    }

    @Nested
    class Sources {
        @Test
        void template_errors_point_into_the_yaml_block() {
            assertThat(validate(DIR + "broken.yaml").err()).contains(DIR + "broken.yaml:30:23: error [APIGW401]");
        }

        @Test
        void every_api_of_a_cloudformation_template_at_its_line() {
            CliRun run = validate(DIR + "template.yaml");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(DIR + "template.yaml:16:17: error [APIGW303] Lambda integrations must use "
                    + "httpMethod POST, not GET");
        }

        @Test
        void a_project_directory_checks_stages_against_the_definition() {
            CliRun run = validate(DIR + "project");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err())
                    .contains(DIR + "project/openapi.yaml:13:9: error [APIGW501] stage variable 'host' used in the "
                            + "integration URI is not defined in stage prod")
                    .contains(DIR + "project/apigw.yaml:7:28: error [APIGW506]");
        }
    }

    @Nested
    class Formats {
        private final JsonMapper json = new JsonMapper();

        @Test
        void json_lists_findings_on_stdout() throws Exception {
            CliRun run = validate("--output", "json", DIR + "broken.yaml");
            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode report = json.readTree(run.out());
            assertThat(report.isArray()).isTrue();
            assertThat(report).hasSize(3);
            JsonNode first = report.get(0);
            assertThat(first.path("ruleId").asText()).isEqualTo("APIGW001");
            assertThat(first.path("line").asInt()).isEqualTo(15);
            assertThat(first.path("pointer").asText()).isEqualTo("/paths/~1pets/get/x-amazon-apigateway-integration/"
                    + "timeoutInMillis");
            assertThat(report).allSatisfy(f -> assertThat(f.path("severity").asText()).isEqualTo("error"));
        }

        @Test
        void sarif_is_a_2_1_0_log_with_rules_and_located_results() throws Exception {
            JsonNode log = json.readTree(validate("--output", "sarif", DIR + "broken.yaml").out());
            assertThat(log.path("version").asText()).isEqualTo("2.1.0");
            assertThat(log.path("$schema").asText()).contains("sarif-2.1.0");
            JsonNode run = log.path("runs").get(0);
            JsonNode rules = run.path("tool").path("driver").path("rules");
            JsonNode result = run.path("results").get(0);
            assertThat(result.path("ruleId").asText()).isEqualTo("APIGW001");
            assertThat(result.path("level").asText()).isEqualTo("error");
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("APIGW001");
            JsonNode location = result.path("locations").get(0).path("physicalLocation");
            assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo(DIR + "broken.yaml");
            assertThat(location.path("region").path("startLine").asInt()).isEqualTo(15);
            assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(9);
        }

        @Test
        void junit_has_a_case_per_rule_failing_for_errors() throws Exception {
            CliRun run = validate("--output", "junit", DIR + "broken.yaml");
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
            Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
            assertThat(suite.getAttribute("failures")).isEqualTo("3");
            NodeList cases = xml.getElementsByTagName("testcase");
            assertThat(cases.getLength()).isGreaterThan(40);
            Element timeout = null;
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                if (c.getAttribute("name").startsWith("APIGW001 ")) {
                    timeout = c;
                }
            }
            assertThat(timeout).isNotNull();
            assertThat(timeout.getElementsByTagName("failure").item(0).getTextContent())
                    .contains("broken.yaml:15:9: error [APIGW001]");
        }

        @Test
        void rule_catalogue_as_markdown_and_json() throws Exception {
            CliRun markdown = validate("--list-rules");
            assertThat(markdown.exitCode()).isZero();
            assertThat(markdown.out()).contains("| APIGW001 | error |").contains("| APIGW601 | warning |");
            JsonNode rules = json.readTree(validate("--list-rules", "--output", "json").out()).path("rules");
            assertThat(rules.get(0).path("id").asText()).isEqualTo("APIGW001");
            assertThat(rules.get(0).path("hint").asText()).isNotBlank();
        }
    }
}
