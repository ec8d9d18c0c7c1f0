package dev.apigw.openapi.cfn;

import java.util.Map;

/**
 * The values of CloudFormation's pseudo parameters for a local run. Defaults are fixed and recognisable (account
 * 123456789012 as in AWS's own examples); each can be overridden with {@code --param AWS::Region=eu-west-1}. The
 * partition and URL suffix follow the region unless given, as they do in AWS.
 */
record AwsEnvironment(String region, String accountId, String partition, String urlSuffix, String stackName,
        String stackId) {

    static AwsEnvironment from(Map<String, String> parameters) {
        String region = parameters.getOrDefault("AWS::Region", "us-east-1");
        String account = parameters.getOrDefault("AWS::AccountId", "123456789012");
        String partition = parameters.getOrDefault("AWS::Partition", partitionOf(region));
        String suffix = parameters.getOrDefault("AWS::URLSuffix",
                partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com");
        String stackName = parameters.getOrDefault("AWS::StackName", "apigw-local");
        String stackId = parameters.getOrDefault("AWS::StackId", "arn:" + partition + ":cloudformation:" + region
                + ":" + account + ":stack/" + stackName + "/00000000-0000-0000-0000-000000000000");
        return new AwsEnvironment(region, account, partition, suffix, stackName, stackId);
    }

    private static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }
}
