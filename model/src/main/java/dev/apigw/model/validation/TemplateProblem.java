package dev.apigw.model.validation;

/** A mapping template that does not parse: where (1-based, 0 when unknown) and what. */
public record TemplateProblem(int line, int column, String message) {
}
