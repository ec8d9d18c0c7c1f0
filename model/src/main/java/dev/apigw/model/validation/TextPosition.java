package dev.apigw.model.validation;

/** A 1-based line and column inside a string value (a mapping template), for mapping back into the file. */
public record TextPosition(int line, int column) {
}
