package dev.apigw.model.project;

/** An access key pair the simulator accepts for SigV4-signed requests to AWS_IAM methods. */
public record IamCredential(String accessKeyId, String secretAccessKey) {
}
