package dev.apigw.openapi.read;

/** Stable ids of import findings, so users and CI can grep and suppress them. */
public final class RuleIds {
    /** An {@code x-amazon-apigateway-*} key apigw does not know (kept, exported back). */
    public static final String UNKNOWN_EXTENSION = "APIGW-IMPORT-001";
    /** A CloudFormation intrinsic that could not be resolved (kept verbatim). */
    public static final String UNRESOLVED_INTRINSIC = "APIGW-IMPORT-002";
    /** An extension value of the wrong shape or an unknown enum value. */
    public static final String INVALID_EXTENSION_VALUE = "APIGW-IMPORT-003";
    /** A property inside an extension object that AWS does not document (kept). */
    public static final String UNKNOWN_PROPERTY = "APIGW-IMPORT-004";
    /** Not an OpenAPI 2.0/3.0 document. */
    public static final String NOT_OPENAPI = "APIGW-IMPORT-005";
    /** A structural problem reported by the OpenAPI parser. */
    public static final String OPENAPI_STRUCTURE = "APIGW-IMPORT-006";
    /** A {@code $ref} that points nowhere. */
    public static final String UNRESOLVED_REF = "APIGW-IMPORT-007";
    /** Warnings turned into a failure by {@code --fail-on-warnings}. */
    public static final String FAIL_ON_WARNINGS = "APIGW-IMPORT-008";

    private RuleIds() {
    }
}
