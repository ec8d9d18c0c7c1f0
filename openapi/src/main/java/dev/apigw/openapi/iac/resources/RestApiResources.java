package dev.apigw.openapi.iac.resources;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.ApiReader;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * REST APIs in CloudFormation's resource form, as CloudFormation itself and {@code cdk synth} write them: every
 * {@code AWS::ApiGateway::RestApi} (with a {@code Body}, or built from {@code AWS::ApiGateway::Resource} and
 * {@code Method} resources, or both) becomes the OpenAPI document get-export would give for it, with its stages,
 * usage plans and API keys as project configuration.
 *
 * <p>Lambda integration and authorizer URIs come out naming functions by logical id, since the template's
 * intrinsics ({@code Fn::GetAtt [Fn, Arn]} inside CDK's {@code Fn::Join}) resolve that way. Permissions, IAM roles
 * and {@code AWS::ApiGateway::Account} are ignored silently; any other API Gateway resource or property apigw does
 * not emulate is warned about once. Problems that belong to no single API (a member whose {@code RestApiId} names
 * no API of the template, a usage plan key naming no plan) are reported with the first API.
 */
public final class RestApiResources implements ApiReader {
    /** Template-wide API Gateway resources that no API here reads. */
    private static final Map<String, String> NOT_EMULATED = Map.of(
            "AWS::ApiGateway::DomainName", "custom domain names are not read from templates",
            "AWS::ApiGateway::DomainNameV2", "custom domain names are not read from templates",
            "AWS::ApiGateway::DomainNameAccessAssociation", "private custom domain names are not emulated",
            "AWS::ApiGateway::ClientCertificate", "apigw sends no client certificate to backends",
            "AWS::ApiGateway::VpcLink", "VPC links are not emulated; integrations call their Uri directly");

    @Override
    public List<TemplateApi> read(CloudFormationTemplate template) {
        TemplateView view = new TemplateView(template);
        List<String> apis = view.ofType(ApiMembers.REST_API);
        if (apis.isEmpty()) {
            return List.of();
        }
        Findings shared = new Findings(template);
        ApiMembers members = ApiMembers.group(view, shared);
        UsagePlanIndex plans = UsagePlanIndex.read(view, shared);
        NOT_EMULATED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> view.ofType(e.getKey())
                .forEach(id -> shared.resourceNotEmulated(id, e.getValue())));
        List<TemplateApi> out = new ArrayList<>();
        for (String api : apis) {
            List<Diagnostic> earlier = out.isEmpty() ? shared.list() : List.of();
            out.add(new RestApiReader(view, new Findings(template)).read(api, members, plans, earlier));
        }
        return List.copyOf(out);
    }
}
