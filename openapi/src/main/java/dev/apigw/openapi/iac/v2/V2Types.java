package dev.apigw.openapi.iac.v2;

/** The {@code AWS::ApiGatewayV2::*} resource types this reader knows, and the rule ids of what it reports. */
final class V2Types {
    static final String API = "AWS::ApiGatewayV2::Api";
    static final String ROUTE = "AWS::ApiGatewayV2::Route";
    static final String INTEGRATION = "AWS::ApiGatewayV2::Integration";
    static final String AUTHORIZER = "AWS::ApiGatewayV2::Authorizer";
    static final String STAGE = "AWS::ApiGatewayV2::Stage";
    static final String DEPLOYMENT = "AWS::ApiGatewayV2::Deployment";
    static final String MODEL = "AWS::ApiGatewayV2::Model";
    static final String INTEGRATION_RESPONSE = "AWS::ApiGatewayV2::IntegrationResponse";
    static final String ROUTE_RESPONSE = "AWS::ApiGatewayV2::RouteResponse";
    static final String OVERRIDES = "AWS::ApiGatewayV2::ApiGatewayManagedOverrides";
    static final String PREFIX = "AWS::ApiGatewayV2::";

    /** A property or resource that apigw reads but does not act on locally (warning; info for notes). */
    static final String NOT_EMULATED = "APIGW-TEMPLATE-001";
    /** A reference (ApiId, Target, AuthorizerId, RouteId, IntegrationId) that names no resource (error). */
    static final String UNRESOLVED_REFERENCE = "APIGW-TEMPLATE-002";
    /** A value API Gateway would refuse (an unknown IntegrationType, a malformed RouteKey) (error). */
    static final String INVALID_VALUE = "APIGW-TEMPLATE-003";

    private V2Types() {
    }
}
