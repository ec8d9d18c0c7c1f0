package dev.apigw.openapi.cfn;

import java.util.Map;
import java.util.Optional;

/**
 * The ARN a resource of a given type would get, for {@code Fn::GetAtt X.Arn}. Locally the resource is named after
 * its logical id, which is also how functions are bound to local runners. Types missing here stay unresolved
 * rather than get a made-up ARN of the wrong shape.
 */
final class ArnFormats {

    /** {p} partition, {r} region, {a} account, {n} name. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("AWS::Serverless::Function", "arn:{p}:lambda:{r}:{a}:function:{n}"),
            Map.entry("AWS::Lambda::Function", "arn:{p}:lambda:{r}:{a}:function:{n}"),
            Map.entry("AWS::IAM::Role", "arn:{p}:iam::{a}:role/{n}"),
            Map.entry("AWS::IAM::User", "arn:{p}:iam::{a}:user/{n}"),
            Map.entry("AWS::SQS::Queue", "arn:{p}:sqs:{r}:{a}:{n}"),
            Map.entry("AWS::SNS::Topic", "arn:{p}:sns:{r}:{a}:{n}"),
            Map.entry("AWS::DynamoDB::Table", "arn:{p}:dynamodb:{r}:{a}:table/{n}"),
            Map.entry("AWS::Serverless::SimpleTable", "arn:{p}:dynamodb:{r}:{a}:table/{n}"),
            Map.entry("AWS::StepFunctions::StateMachine", "arn:{p}:states:{r}:{a}:stateMachine:{n}"),
            Map.entry("AWS::Serverless::StateMachine", "arn:{p}:states:{r}:{a}:stateMachine:{n}"),
            Map.entry("AWS::Events::EventBus", "arn:{p}:events:{r}:{a}:event-bus/{n}"),
            Map.entry("AWS::Events::Rule", "arn:{p}:events:{r}:{a}:rule/{n}"),
            Map.entry("AWS::Kinesis::Stream", "arn:{p}:kinesis:{r}:{a}:stream/{n}"),
            Map.entry("AWS::S3::Bucket", "arn:{p}:s3:::{n}"),
            Map.entry("AWS::Cognito::UserPool", "arn:{p}:cognito-idp:{r}:{a}:userpool/{n}"),
            Map.entry("AWS::Logs::LogGroup", "arn:{p}:logs:{r}:{a}:log-group:{n}:*"),
            Map.entry("AWS::KMS::Key", "arn:{p}:kms:{r}:{a}:key/{n}"));

    private ArnFormats() {
    }

    static Optional<String> arn(String resourceType, String name, AwsEnvironment env) {
        String format = FORMATS.get(resourceType);
        if (format == null) {
            return Optional.empty();
        }
        return Optional.of(format.replace("{p}", env.partition()).replace("{r}", env.region())
                .replace("{a}", env.accountId()).replace("{n}", name));
    }
}
