package dev.apigw.model.validation;

/** Which file a finding's pointer points into: the API definition or the project file (apigw.yaml). */
public enum Origin {
    DEFINITION,
    PROJECT
}
