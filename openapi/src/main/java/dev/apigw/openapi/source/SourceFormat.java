package dev.apigw.openapi.source;

/** The syntax a user's file was written in; decides how errors are worded and how the file is written back. */
public enum SourceFormat {
    JSON,
    YAML
}
