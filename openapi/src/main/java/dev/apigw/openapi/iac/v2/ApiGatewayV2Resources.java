package dev.apigw.openapi.iac.v2;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.openapi.iac.ApiReader;
import dev.apigw.openapi.iac.CloudFormationTemplate;
import dev.apigw.openapi.iac.TemplateApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The API Gateway V2 APIs of a CloudFormation template ({@code AWS::ApiGatewayV2::Api} and the resources around
 * it, as written by hand or by CDK's {@code HttpApi} and {@code WebSocketApi}): an HTTP API becomes the OpenAPI
 * document AWS's export would give for it, a WebSocket API the {@code WebSocketApi} of the project model; both with
 * their stages. What the simulator does not act on is said once per resource and property
 * ({@code APIGW-TEMPLATE-001}); a reference naming no resource is an error ({@code APIGW-TEMPLATE-002}).
 */
public final class ApiGatewayV2Resources implements ApiReader {

    @Override
    public List<TemplateApi> read(CloudFormationTemplate template) {
        List<TemplateApi> out = new ArrayList<>();
        for (ApiGraph graph : ApiGraphs.of(template)) {
            V2Resource api = graph.api();
            String protocol = api.text("ProtocolType").orElse(api.has("Body") ? "HTTP" : "")
                    .toUpperCase(Locale.ROOT);
            switch (protocol) {
                case "HTTP" -> out.add(new HttpApiReader(template).read(graph));
                case "WEBSOCKET" -> out.add(new WebSocketApiReader(template).read(graph));
                default -> template.diagnostics().add(Diagnostic.error(V2Types.INVALID_VALUE,
                        template.locate(api.at("ProtocolType")), api.describe() + ": ProtocolType '" + protocol
                                + "' is neither HTTP nor WEBSOCKET", "write ProtocolType: HTTP or WEBSOCKET"));
            }
        }
        return out;
    }
}
