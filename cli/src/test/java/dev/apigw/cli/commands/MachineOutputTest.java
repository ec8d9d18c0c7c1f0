package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.apigw.cli.ApigwCli;
import dev.apigw.cli.CliRun;
import dev.apigw.cli.ConsoleStyle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The conventions every command follows for scripts: {@code --output json} is exactly one JSON document on stdout,
 * {@code -q} adds nothing, {@code -v} only adds to stderr, failures are one line on stderr with exit code 2 or 3.
 * Run through the real command line (serve on a free port).
 */
class MachineOutputTest {
    private static final Path PETSTORE = Path.of("..", "samples", "petstore");
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** The one JSON document that is the whole of {@code stdout}; fails on anything before or after it. */
    static JsonNode onlyDocument(String stdout) {
        assertThat(stdout).as("stdout").endsWith("\n");
        try {
            JsonNode node = STRICT.readTree(stdout);
            assertThat(node).as("stdout: %s", stdout).isNotNull();
            assertThat(node.isObject()).as("stdout: %s", stdout).isTrue();
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError("stdout is not exactly one JSON document: " + e.getOriginalMessage() + "\n"
                    + stdout, e);
        }
    }

    @Nested
    class EveryCommand {
        @Test
        void documentsOutputQuietVerboseAndExitCodesInItsHelp() {
            CommandLine root = ApigwCli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    ConsoleStyle.plain());
            List<String> missing = new ArrayList<>();
            for (CommandLine command : leaves(root)) {
                String name = command.getCommandSpec().qualifiedName();
                if (name.equals("apigw help") || name.equals("apigw shell")) {
                    continue; // help prints usage; the shell is interactive and its commands have their own
                }
                String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
                for (String expected : List.of("--output", "-q, --quiet", "-v, --verbose", "--stacktrace",
                        "Exit codes:")) {
                    if (!usage.contains(expected)) {
                        missing.add(name + ": " + expected);
                    }
                }
            }
            assertThat(missing).isEmpty();
        }

        private static List<CommandLine> leaves(CommandLine command) {
            if (command.getSubcommands().isEmpty()) {
                return List.of(command);
            }
            return command.getSubcommands().values().stream().distinct()
                    .flatMap(sub -> leaves(sub).stream()).toList();
        }
    }

    @Nested
    class TokenInit {
        @TempDir
        Path dir;

        @Test
        void jsonNamesTheFilesAndHoldsThePublicKeySetOnly() throws Exception {
            CliRun run = CliRun.of("token", "init", dir.toString(), "--key-id", "k9", "--output", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode doc = onlyDocument(run.out());
            assertThat(doc.path("keyFile").asText()).isEqualTo(dir.resolve("keys/signing-key.json").toString());
            assertThat(doc.path("jwksFile").asText()).isEqualTo(dir.resolve("keys/jwks.json").toString());
            assertThat(doc.path("keyId").asText()).isEqualTo("k9");
            assertThat(doc.path("algorithm").asText()).isEqualTo("RS256");
            JsonNode key = doc.at("/jwks/keys/0");
            assertThat(key.path("kid").asText()).isEqualTo("k9");
            assertThat(key.has("n")).isTrue();
            assertThat(key.has("d")).as("no private part in the output").isFalse();
            assertThat(JWKSet.load(dir.resolve("keys/jwks.json").toFile()).getKeyByKeyId("k9")).isNotNull();
            assertThat(run.err()).isEmpty();
        }

        @Test
        void quietPrintsOnlyThePaths() {
            CliRun run = CliRun.of("token", "init", dir.toString(), "-q");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().lines()).containsExactly(dir.resolve("keys/signing-key.json").toString(),
                    dir.resolve("keys/jwks.json").toString());
            assertThat(run.err()).isEmpty();
        }

        @Test
        void textModeKeepsThePathsOnStdoutAndTheAdviceOnStderr() {
            CliRun run = CliRun.of("token", "init", dir.toString(), "--key-id", "k1", "-v");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().lines()).hasSize(2);
            assertThat(run.err()).contains("kid k1, RS256", "Keep keys/signing-key.json private");
        }

        @Test
        void existingKeysAreOneLineAndExit2EvenWithJson() {
            assertThat(CliRun.of("token", "init", dir.toString(), "-q").exitCode()).isZero();
            CliRun again = CliRun.of("token", "init", dir.toString(), "--output", "json");
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.out()).isEmpty();
            assertThat(again.err().lines()).hasSize(1).first().asString().startsWith("error: ").contains("--force");
        }
    }

    @Nested
    class TokenMint {
        @TempDir
        Path dir;

        private String key() {
            assertThat(CliRun.of("token", "init", dir.toString(), "-q", "--key-id", "mk").exitCode()).isZero();
            return dir.resolve("keys/signing-key.json").toString();
        }

        @Test
        void jsonHasTheTokenItsExpiryAndItsClaims() throws Exception {
            Instant before = Instant.now().minusSeconds(1);
            CliRun run = CliRun.of("token", "mint", "--key", key(), "--user-pool", TokenCommandTest.POOL,
                    "--sub", "ana", "--claim", "email=ana@example.com", "--expires-in", "15m", "--output", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode doc = onlyDocument(run.out());
            String token = doc.path("token").asText();
            assertThat(SignedJWT.parse(token).getJWTClaimsSet().getSubject()).isEqualTo("ana");
            assertThat(doc.path("algorithm").asText()).isEqualTo("RS256");
            assertThat(doc.path("keyId").asText()).isEqualTo("mk");
            JsonNode claims = doc.path("claims");
            assertThat(claims.path("sub").asText()).isEqualTo("ana");
            assertThat(claims.path("email").asText()).isEqualTo("ana@example.com");
            assertThat(claims.path("token_use").asText()).isEqualTo("id");
            Instant expiresAt = Instant.parse(doc.path("expiresAt").asText());
            assertThat(expiresAt.getEpochSecond()).isEqualTo(claims.path("exp").asLong());
            assertThat(expiresAt).isBetween(before.plusSeconds(900), Instant.now().plusSeconds(901));
        }

        @Test
        void textModePrintsOnlyTheTokenAndVerboseShowsTheClaimsOnStderr() throws Exception {
            String key = key();
            CliRun plain = CliRun.of("token", "mint", "--key", key, "--issuer", "https://id.example.com", "-q");
            assertThat(plain.exitCode()).as(plain.err()).isZero();
            assertThat(plain.out().lines()).hasSize(1);
            assertThat(plain.err()).isEmpty();
            SignedJWT.parse(plain.out().strip());

            CliRun verbose = CliRun.of("token", "mint", "--key", key, "--issuer", "https://id.example.com", "-v");
            assertThat(verbose.out().lines()).hasSize(1);
            assertThat(verbose.err()).contains("RS256 token signed with kid mk", "\"iss\": \"https://id.example.com\"");
        }

        @Test
        void missingKeyFileIsExit3WithOneClearLineAndNothingOnStdout() {
            CliRun run = CliRun.of("token", "mint", "--key", dir.resolve("none.json").toString(), "--issuer",
                    "https://id.example.com", "--output", "json");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).containsExactly("error: cannot read the key file "
                    + dir.resolve("none.json") + ": no such file (make one with 'apigw token init')");
        }

        @Test
        void stacktraceAddsTheDetail() {
            CliRun run = CliRun.of("token", "mint", "--key", dir.resolve("none.json").toString(), "--issuer",
                    "https://id.example.com", "--stacktrace");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().lines().count()).isGreaterThan(3);
            assertThat(run.err()).contains("NoSuchFileException");
        }
    }

    @Nested
    class ExportOpenApi {
        @TempDir
        Path dir;

        @Test
        void jsonWithoutOutFilePrintsTheDocumentItselfAsJson() {
            CliRun run = CliRun.of("export", "openapi", PETSTORE.toString(), "--output", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode doc = onlyDocument(run.out());
            assertThat(doc.path("openapi").asText()).isEqualTo("3.0.1");
            assertThat(doc.path("paths").size()).isPositive();
            assertThat(run.err()).isEmpty();
        }

        @Test
        void jsonWithYamlFormatAndNoOutFileIsAUsageError() {
            CliRun run = CliRun.of("export", "openapi", PETSTORE.toString(), "--output", "json", "--format", "yaml");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--output json prints the exported document as JSON, but --format is yaml");
        }

        @Test
        void jsonWithOutFileDescribesWhatWasWritten() throws Exception {
            Path file = dir.resolve("petstore.yaml");
            CliRun run = CliRun.of("export", "openapi", PETSTORE.toString(), "-o", file.toString(), "--type",
                    "swagger", "--output", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            JsonNode doc = onlyDocument(run.out());
            String written = Files.readString(file);
            assertThat(written).startsWith("swagger: \"2.0\"");
            assertThat(doc.path("file").asText()).isEqualTo(file.toString());
            assertThat(doc.path("api").asText()).isEqualTo("Petstore (apigw sample)");
            assertThat(doc.path("type").asText()).isEqualTo("swagger");
            assertThat(doc.path("version").asText()).isEqualTo("2.0");
            assertThat(doc.path("format").asText()).isEqualTo("yaml");
            assertThat(doc.path("bytes").asLong()).isEqualTo(Files.size(file));
            JsonNode exported = new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(written);
            assertThat(doc.path("paths").asInt()).isEqualTo(exported.path("paths").size()).isPositive();
        }

        @Test
        void textModeWithOutFileSummarisesOnStderrUnlessQuiet() {
            CliRun text = CliRun.of("export", "openapi", PETSTORE.toString(), "-o", dir.resolve("a.json").toString(),
                    "--format", "json");
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).isEmpty();
            assertThat(text.err()).startsWith("apigw: exported 'Petstore (apigw sample)' as OpenAPI 3.0.1 json (")
                    .endsWith(" to " + dir.resolve("a.json") + "\n");

            CliRun quiet = CliRun.of("export", "openapi", PETSTORE.toString(), "-o", dir.resolve("b.yaml").toString(),
                    "-q");
            assertThat(quiet.exitCode()).as(quiet.err()).isZero();
            assertThat(quiet.out()).isEmpty();
            assertThat(quiet.err()).isEmpty();
        }

        @Test
        void existingOutFileIsExit3WithOneLine() throws Exception {
            Path file = dir.resolve("taken.yaml");
            Files.writeString(file, "mine");
            CliRun run = CliRun.of("export", "openapi", PETSTORE.toString(), "-o", file.toString(), "--output",
                    "json");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).containsExactly("error: " + file + " already exists; pass --force to "
                    + "replace it");
        }
    }

    @Nested
    class Completion {
        @Test
        void jsonHoldsTheScript() {
            CliRun run = CliRun.of("completion", "zsh", "--output", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode doc = onlyDocument(run.out());
            assertThat(doc.path("shell").asText()).isEqualTo("zsh");
            assertThat(doc.path("script").asText()).startsWith("#compdef apigw\n")
                    .isEqualTo(CliRun.of("completion", "zsh").out());
        }
    }

    @Nested
    @Timeout(30)
    class Serve {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        /** {@code apigw serve} in this JVM; stopped by interrupting its thread. */
        private final class Served extends InProcessServe {
            Served(String... args) {
                super(args);
            }

            /** The first complete line on stdout: the ready message. */
            String firstLine() throws InterruptedException {
                for (int i = 0; i < 750; i++) {
                    String text = out.toString();
                    if (text.contains("\n")) {
                        return text.substring(0, text.indexOf('\n') + 1);
                    }
                    assertThat(thread.isAlive()).as("serve exited %s: %s", exitCode, err).isTrue();
                    Thread.sleep(20);
                }
                throw new AssertionError("serve did not start: " + err);
            }

            boolean awaitErr(String text) throws InterruptedException {
                for (int i = 0; i < 250 && !err.toString().contains(text); i++) {
                    Thread.sleep(20);
                }
                return err.toString().contains(text);
            }
        }

        private HttpResponse<String> get(String url) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void jsonIsOneLineWhenReadyAndTheAccessLogGoesToStderr() throws Exception {
            try (Served served = new Served(PETSTORE.toString(), "--stage", "dev", "--stage", "prod", "--port", "0",
                    "--no-reload", "--output", "json")) {
                String line = served.firstLine();
                JsonNode ready = onlyDocument(line);
                int port = ready.path("port").asInt();
                assertThat(port).isPositive();
                assertThat(ready.path("api").asText()).isEqualTo("Petstore (apigw sample)");
                assertThat(ready.path("type").asText()).isEqualTo("rest");
                assertThat(ready.path("host").asText()).isEqualTo("127.0.0.1");
                assertThat(ready.path("reload").asBoolean()).isFalse();
                assertThat(ready.path("accessLog").asText()).isEqualTo("stderr");
                assertThat(ready.path("stages").size()).isEqualTo(2);
                assertThat(ready.at("/stages/0/stage").asText()).isEqualTo("dev");
                assertThat(ready.at("/stages/1/url").asText()).isEqualTo("http://127.0.0.1:" + port + "/prod");

                HttpResponse<String> missing = get(ready.at("/stages/0/url").asText() + "/owners");
                assertThat(missing.statusCode()).isEqualTo(403);
                String requestId = missing.headers().firstValue("x-amzn-RequestId").orElseThrow();
                // the dev stage's access log format: '$context.requestId $context.httpMethod ...'
                assertThat(served.awaitErr(requestId + " GET /owners 403")).as(served.err.toString()).isTrue();
                assertThat(served.out.toString()).isEqualTo(line);
            }
        }

        @Test
        void webSocketStagesCarryTheirConnectionsUrl() throws Exception {
            try (Served served = new Served(Path.of("..", "samples", "chat").toString(), "--port", "0",
                    "--no-reload", "--output", "json")) {
                JsonNode ready = onlyDocument(served.firstLine());
                int port = ready.path("port").asInt();
                assertThat(ready.path("type").asText()).isEqualTo("websocket");
                assertThat(ready.at("/stages/0/url").asText()).isEqualTo("ws://127.0.0.1:" + port + "/dev");
                assertThat(ready.at("/stages/0/connectionsUrl").asText())
                        .isEqualTo("http://127.0.0.1:" + port + "/dev/@connections");
            }
        }

        @Test
        void verboseTellsWhatWasLoadedAndWatchedOnStderrOnly() throws Exception {
            try (Served served = new Served(PETSTORE.toString(), "--port", "0", "-v")) {
                String line = served.firstLine();
                assertThat(line).startsWith("apigw: serving Petstore (apigw sample) stage dev at http://127.0.0.1:");
                assertThat(served.err.toString()).contains("apigw: loaded Petstore (apigw sample) (rest) from ")
                        .contains(" for changes");
            }
        }

        @Test
        void aPortInUseIsExit3WithOneLine() throws Exception {
            try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getByName("127.0.0.1"))) {
                CliRun run = CliRun.of("serve", PETSTORE.toString(), "--port", String.valueOf(taken.getLocalPort()),
                        "--no-reload", "--output", "json");
                assertThat(run.exitCode()).isEqualTo(3);
                assertThat(run.out()).isEmpty();
                assertThat(run.err().lines()).containsExactly("error: cannot listen on 127.0.0.1:"
                        + taken.getLocalPort() + ": the port is in use (pick another --port, or 0 for a free one)");
            }
        }
    }
}
