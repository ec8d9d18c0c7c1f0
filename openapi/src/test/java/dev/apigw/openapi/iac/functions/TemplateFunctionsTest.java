package dev.apigw.openapi.iac.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.FunctionBinding;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's functions as local runtime bindings, and what Lambda would refuse about them, at their lines. */
class TemplateFunctionsTest {
    private static TemplateFunctions.Result read(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, yaml);
        return TemplateFunctions.read(CloudFormationTemplate.read(file, Map.of()));
    }

    private static final String HEADER = "Transform: AWS::Serverless-2016-10-31\nResources:\n";

    @Test
    void bindsSamAndLambdaFunctionsWithTheirSettings(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/app.py"), "def handler(event, context):\n    return {}\n");
        TemplateFunctions.Result result = read(dir, HEADER + """
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: pets-api
                      CodeUri: src/
                      Handler: app.handler
                      Runtime: python3.12
                      Timeout: 10
                      MemorySize: 256
                      ReservedConcurrentExecutions: 2
                      Environment: { Variables: { TABLE: pets } }
                  Inline:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: nodejs20.x
                      Handler: index.handler
                      Code: { ZipFile: "exports.handler = async () => 1;" }
                """);
        assertThat(result.diagnostics()).isEmpty();
        FunctionBinding api = result.functions().get("Api");
        assertThat(result.functions().get("pets-api")).isSameAs(api);
        assertThat(api.timeoutSeconds()).contains(10);
        assertThat(api.environment()).containsEntry("TABLE", "pets");
        assertThat(api.runtime().orElseThrow().memorySize()).isEqualTo(256);
        assertThat(api.runtime().orElseThrow().reservedConcurrency()).contains(2);
        Path inline = Path.of(result.functions().get("Inline").runtime().orElseThrow().codeUri());
        assertThat(Files.readString(inline.resolve("index.js"))).contains("exports.handler");
    }

    @Test
    void whatLambdaWouldRefuseIsAnErrorAndWhatWouldFailHereAWarningAtItsLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("node"));
        Files.writeString(dir.resolve("node/app.js"), "exports.other = async () => 1;\n");
        TemplateFunctions.Result result = read(dir, HEADER + """
                  NoSuchDir:
                    Type: AWS::Serverless::Function
                    Properties: { CodeUri: missing/, Handler: app.handler, Runtime: python3.12 }
                  NoSuchFile:
                    Type: AWS::Serverless::Function
                    Properties: { CodeUri: node/, Handler: index.handler, Runtime: nodejs20.x }
                  NoSuchExport:
                    Type: AWS::Serverless::Function
                    Properties: { CodeUri: node/, Handler: app.handler, Runtime: nodejs20.x }
                  TooLong:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: node/
                      Handler: app.other
                      Runtime: nodejs20.x
                      Timeout: 901
                  OldRuntime:
                    Type: AWS::Serverless::Function
                    Properties: { CodeUri: node/, Handler: app.other, Runtime: python2.7 }
                """);
        List<String> messages = result.diagnostics().stream().map(Diagnostic::oneLine).toList();
        assertThat(messages).anyMatch(m -> m.contains("function NoSuchDir: its CodeUri") && m.contains(":5:")
                && m.contains("warning"))
                .anyMatch(m -> m.contains("names index.js, .mjs or .cjs, which is not in"))
                .anyMatch(m -> m.contains("app.js does not define 'handler'"))
                .anyMatch(m -> m.contains("Timeout 901") && m.contains("error"))
                .anyMatch(m -> m.contains("runtime 'python2.7'"));
        assertThat(result.functions()).containsKeys("NoSuchFile", "NoSuchExport", "TooLong")
                .doesNotContainKey("OldRuntime");
    }
}
