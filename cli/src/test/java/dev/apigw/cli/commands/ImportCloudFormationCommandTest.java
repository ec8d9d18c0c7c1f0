package dev.apigw.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apigw import cloudformation} on a SAM template with short-form intrinsics. */
class ImportCloudFormationCommandTest {
    @TempDir
    Path tmp;

    private Path template() throws Exception {
        Path t = tmp.resolve("template.yaml");
        Files.writeString(t, """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  PetsFunction:
                    Type: AWS::Serverless::Function
                    Properties: { Handler: index.handler, Runtime: nodejs20.x }
                  PetsApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: dev
                      DefinitionBody:
                        openapi: 3.0.1
                        info: { title: Pets from SAM, version: '1' }
                        paths:
                          /pets:
                            get:
                              responses: { '200': { description: ok } }
                              x-amazon-apigateway-integration:
                                type: aws_proxy
                                httpMethod: POST
                                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${PetsFunction.Arn}/invocations
                  OtherApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      DefinitionBody:
                        openapi: 3.0.1
                        info: { title: Other, version: '1' }
                        paths: {}
                """);
        return t;
    }

    @Test
    void importsTheChosenResourceWithIntrinsicsResolved() throws Exception {
        Path out = tmp.resolve("p");
        CliRun run = CliRun.of("import", "cloudformation", template().toString(), "--resource", "PetsApi", "-o",
                out.toString(), "--param", "AWS::Region=eu-west-1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("api.yaml"))).contains(
                "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012"
                        + ":function:PetsFunction/invocations");
        assertThat(run.err()).contains("imported 'Pets from SAM' (rest, 1 resources, 1 methods)");
    }

    @Test
    void asksWhichResourceWhenThereAreSeveral() throws Exception {
        CliRun run = CliRun.of("import", "cloudformation", template().toString(), "-o", tmp.resolve("q").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("PetsApi", "OtherApi", "--resource");
    }
}
