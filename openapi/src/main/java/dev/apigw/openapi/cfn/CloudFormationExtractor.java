package dev.apigw.openapi.cfn;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.openapi.source.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the OpenAPI definition of one API out of a CloudFormation or SAM template: {@code AWS::ApiGateway::RestApi}
 * and {@code AWS::ApiGatewayV2::Api} ({@code Body}), {@code AWS::Serverless::Api} and {@code AWS::Serverless::HttpApi}
 * ({@code DefinitionBody}, or a local {@code DefinitionUri}), including {@code AWS::Include} of a local file.
 */
public final class CloudFormationExtractor {

    private final Map<String, String> parameters;

    /** @param parameters {@code --param Name=value} pairs, see {@link IntrinsicResolver} */
    public CloudFormationExtractor(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** Logical ids of the API resources that carry a definition (inline, included or by location), in order. */
    public List<String> apiResourceIds(SourceDocument template) {
        return ApiSelector.apiResourceIds(template);
    }

    /**
     * Extracts the API named {@code logicalId}, or the only one when empty.
     *
     * @throws ApigwException INPUT when the template or definition cannot be read or holds no usable API; USAGE
     *     when several APIs exist and none was chosen, or the chosen id does not exist
     */
    public ExtractedApi extract(Path template, Optional<String> logicalId) {
        SourceDocument document = SourceDocument.read(template);
        String id = ApiSelector.choose(document, logicalId);
        IntrinsicResolver resolver = IntrinsicResolver.forTemplate(document.root(), parameters);
        return new DefinitionLoader(document, template, resolver).load(id);
    }
}
