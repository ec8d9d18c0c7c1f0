package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.source.SourceDocument;
import java.util.List;

/**
 * An API definition taken out of a CloudFormation/SAM template, intrinsics resolved.
 *
 * @param logicalId the resource it came from
 * @param resourceType its {@code AWS::} type
 * @param httpApi true for HTTP APIs (ApiGatewayV2, Serverless::HttpApi), false for REST APIs
 * @param source the file the definition is written in: the template, or the file an {@code AWS::Include} or
 *     {@code DefinitionUri} points to; locate positions with {@code source.locate(bodyPointer + pointer)}
 * @param bodyPointer where the definition sits in {@code source} ({@code ""} when it is the whole file)
 * @param body the definition with intrinsic functions resolved
 * @param diagnostics warnings: intrinsics kept verbatim, reading warnings inside the definition
 */
public record ExtractedApi(String logicalId, String resourceType, boolean httpApi, SourceDocument source,
        String bodyPointer, JsonNode body, List<Diagnostic> diagnostics) {

    public ExtractedApi {
        diagnostics = List.copyOf(diagnostics);
    }
}
