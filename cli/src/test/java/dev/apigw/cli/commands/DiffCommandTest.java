package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw diff} end to end through the real command factory, on two versions of a small pets API. */
class DiffCommandTest {

    private static final String V1 = "src/test/resources/diff/v1.yaml";
    private static final String V2 = "src/test/resources/diff/v2.yaml";

    @Nested
    class Text {
        @Test
        void groupsBreakingChangesBeforeNonBreakingOnes() {
            CliRun run = CliRun.of("diff", V1, V2);
            assertThat(run.exitCode()).isZero();
            String out = run.out();
            assertThat(out).startsWith("Breaking changes (8):");
            int nonBreaking = out.indexOf("Non-breaking changes (4):");
            assertThat(nonBreaking).isPositive();
            assertThat(out.substring(0, nonBreaking))
                    .contains("DELETE /pets/{id}  method removed  [METHOD_REMOVED]")
                    .contains("GET /pets  new required header parameter 'X-Tenant'")
                    .contains("POST /pets  request body application/json property 'kind' is now required")
                    .contains("maxLength lowered from 100 to 50")
                    .contains("enum value 'bird' removed")
                    .contains("POST /pets  API key now required")
                    .contains("POST /pets  response 400 removed")
                    .contains("GET /pets/{petId}  integration type changed from MOCK to HTTP_PROXY");
            assertThat(out.substring(nonBreaking))
                    .contains("/owners  route added (methods: GET)")
                    .contains("new optional query parameter 'sort'")
                    .contains("response 404 added")
                    .endsWith("8 breaking, 4 non-breaking" + System.lineSeparator());
            assertThat(run.err()).isEmpty();
        }

        @Test
        void quietPrintsOnlyTheBreakingLines() {
            CliRun run = CliRun.of("diff", "-q", V1, V2);
            assertThat(run.out().lines()).hasSize(8).allMatch(l -> l.startsWith("  "));
            assertThat(run.out()).doesNotContain("route added");
        }

        @Test
        void verboseAddsPointersAndSaysWhatWasCompared() {
            CliRun run = CliRun.of("diff", "--verbose", V1, V2);
            assertThat(run.out()).contains("      at /paths/~1pets/get/parameters/1")
                    .contains("      at /components/schemas/NewPet/required");
            assertThat(run.err()).startsWith("comparing ");
        }

        @Test
        void sameVersionHasNoChanges() {
            CliRun run = CliRun.of("diff", V1, V1, "--fail-on", "any");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo("No changes." + System.lineSeparator());
        }
    }

    @Nested
    class Json {
        @Test
        void isOneDocumentWithCountsAndLocatedChanges() throws Exception {
            CliRun run = CliRun.of("diff", "--output", "json", V1, V2);
            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertThat(report.get("breaking").asInt()).isEqualTo(8);
            assertThat(report.get("nonBreaking").asInt()).isEqualTo(4);
            assertThat(report.get("oldDefinition").asText()).endsWith("v1.yaml");
            List<String> kinds = new ArrayList<>();
            report.get("changes").forEach(c -> kinds.add(c.get("kind").asText()));
            assertThat(kinds).contains("METHOD_REMOVED", "ROUTE_ADDED", "API_KEY_REQUIRED");
            JsonNode removed = find(report, "METHOD_REMOVED");
            assertThat(removed.get("breaking").asBoolean()).isTrue();
            assertThat(removed.get("method").asText()).isEqualTo("DELETE");
            assertThat(removed.get("path").asText()).isEqualTo("/pets/{id}");
            assertThat(removed.get("pointer").asText()).isEqualTo("/paths/~1pets~1{id}/delete");
            assertThat(find(report, "ROUTE_ADDED").get("method").isNull()).isTrue();
        }

        private JsonNode find(JsonNode report, String kind) {
            for (JsonNode change : report.get("changes")) {
                if (change.get("kind").asText().equals(kind)) {
                    return change;
                }
            }
            throw new AssertionError("no " + kind);
        }
    }

    @Nested
    class FailOn {
        @Test
        void breakingExitsOneWhenAnyChangeBreaks() {
            assertThat(CliRun.of("diff", "--fail-on", "breaking", V1, V2).exitCode()).isEqualTo(1);
        }

        @Test
        void breakingExitsZeroForOnlyAdditions(@TempDir Path dir) throws Exception {
            // v1 plus a route: nothing an existing client relies on changes.
            Path v1plus = dir.resolve("v1plus.yaml");
            Files.writeString(v1plus, Files.readString(Path.of(V1)).replace("components:\n", """
                      /owners:
                        get:
                          responses:
                            "200": { description: ok }
                          x-amazon-apigateway-integration:
                            type: mock
                            requestTemplates: { application/json: '{"statusCode": 200}' }
                            responses: { default: { statusCode: "200" } }
                    components:
                    """));
            CliRun run = CliRun.of("diff", "--fail-on", "breaking", V1, v1plus.toString());
            assertThat(run.out()).contains("0 breaking, 1 non-breaking");
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void defaultNeverFails() {
            assertThat(CliRun.of("diff", V1, V2).exitCode()).isZero();
        }

        @Test
        void unknownLevelIsAUsageError() {
            CliRun run = CliRun.of("diff", "--fail-on", "sometimes", V1, V2);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--fail-on");
        }
    }

    @Nested
    class Inputs {
        @Test
        void projectDirectoriesAreCompared() {
            CliRun run = CliRun.of("diff", "../samples/petstore", "../samples/petstore");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("No changes.");
        }

        @Test
        void missingFileIsAnInputErrorOnOneLine() {
            CliRun run = CliRun.of("diff", V1, "no/such/file.yaml");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().lines().filter(l -> l.startsWith("error:"))).hasSize(1);
            assertThat(run.err()).doesNotContain("\tat ");
        }

        @Test
        void missingNewIsAUsageError() {
            assertThat(CliRun.of("diff", V1).exitCode()).isEqualTo(2);
        }
    }
}
