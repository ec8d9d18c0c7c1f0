package dev.apigw.model.diff;

/**
 * What changed between two versions of an API, and whether a client written against the old version can break.
 * Breaking means an existing request may now be rejected or answered differently (a route gone, a new
 * requirement, a narrower schema, other auth), or a response it relied on may no longer come.
 */
public enum ChangeKind {
    ROUTE_REMOVED(true),
    METHOD_REMOVED(true),
    PARAMETER_REQUIRED_ADDED(true),
    PARAMETER_MADE_REQUIRED(true),
    REQUEST_BODY_MADE_REQUIRED(true),
    REQUEST_CONTENT_TYPE_REMOVED(true),
    SCHEMA_PROPERTY_MADE_REQUIRED(true),
    SCHEMA_ENUM_VALUE_REMOVED(true),
    SCHEMA_TYPE_CHANGED(true),
    SCHEMA_CONSTRAINT_NARROWED(true),
    SCHEMA_PROPERTY_REMOVED_CLOSED(true),
    AUTH_ADDED(true),
    AUTHORIZER_CHANGED(true),
    API_KEY_REQUIRED(true),
    RESPONSE_STATUS_REMOVED(true),
    INTEGRATION_TYPE_CHANGED(true),

    ROUTE_ADDED(false),
    METHOD_ADDED(false),
    PARAMETER_OPTIONAL_ADDED(false),
    PARAMETER_MADE_OPTIONAL(false),
    PARAMETER_REMOVED(false),
    REQUEST_BODY_MADE_OPTIONAL(false),
    REQUEST_CONTENT_TYPE_ADDED(false),
    SCHEMA_PROPERTY_ADDED(false),
    SCHEMA_PROPERTY_REMOVED(false),
    SCHEMA_PROPERTY_MADE_OPTIONAL(false),
    SCHEMA_ENUM_VALUE_ADDED(false),
    SCHEMA_CONSTRAINT_WIDENED(false),
    AUTH_REMOVED(false),
    API_KEY_NO_LONGER_REQUIRED(false),
    RESPONSE_STATUS_ADDED(false),
    INTEGRATION_CHANGED(false);

    private final boolean breaking;

    ChangeKind(boolean breaking) {
        this.breaking = breaking;
    }

    public boolean breaking() {
        return breaking;
    }
}
