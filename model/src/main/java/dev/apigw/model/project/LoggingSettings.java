package dev.apigw.model.project;

/** Execution logging level (OFF, ERROR, INFO) and whether full request/response data is logged. */
public record LoggingSettings(String level, boolean dataTrace) {
}
