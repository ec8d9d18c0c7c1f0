package dev.apigw.openapi.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.IntegrationResponse;
import dev.apigw.model.api.IntegrationType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.PassthroughBehavior;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.openapi.read.OpenApiImporter;
import dev.apigw.openapi.source.SourceDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code --enable-cors}: the console's "Enable CORS" on every resource of an imported API. */
class EnableCorsTest {
    private static final String DOC = """
            openapi: 3.0.1
            info: { title: pets, version: "1" }
            paths:
              /pets:
                get:
                  responses: { "200": { description: ok } }
                  x-amazon-apigateway-integration:
                    type: http
                    httpMethod: GET
                    uri: http://example.com/pets
                    responses: { default: { statusCode: "200" }, "4\\\\d{2}": { statusCode: "400" } }
                post:
                  responses: { "201": { description: created } }
                  x-amazon-apigateway-integration:
                    type: mock
                    requestTemplates: { application/json: '{"statusCode": 200}' }
                    responses: { default: { statusCode: "200", responseTemplates: { application/json: '{"ok": 1}' } } }
              /pets/{id}:
                parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                x-amazon-apigateway-any-method:
                  x-amazon-apigateway-integration:
                    type: http_proxy
                    httpMethod: ANY
                    uri: http://example.com/pets/{id}
                    requestParameters: { integration.request.path.id: method.request.path.id }
              /own:
                get:
                  responses: { "200": { description: ok } }
                  x-amazon-apigateway-integration: { type: mock, requestTemplates: { application/json: '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } }
                options:
                  responses: { "204": { description: mine } }
                  x-amazon-apigateway-integration: { type: mock, requestTemplates: { application/json: '{"statusCode": 204}' }, responses: { default: { statusCode: "204" } } }
            """;

    private static ApiDefinition imported(String doc) {
        return new OpenApiImporter().importDocument(SourceDocument.parse("a.yaml", doc), ImportOptions.defaults())
                .api();
    }

    private static ApiDefinition enabled(String... origins) {
        return EnableCors.apply(imported(DOC), CorsOptions.of(List.of(origins)));
    }

    private static Method method(ApiDefinition api, String path, String verb) {
        return api.resource(path).orElseThrow().method(verb).orElseThrow();
    }

    private static IntegrationResponse defaultResponse(Method m) {
        return m.integration().orElseThrow().responses().stream().filter(IntegrationResponse::isDefault)
                .findFirst().orElseThrow();
    }

    @Nested
    class OptionsMethod {
        @Test
        void isAMockAnsweringWithTheConsolesThreeHeaders() {
            Method options = method(enabled("*"), "/pets", "OPTIONS");
            Integration mock = options.integration().orElseThrow();

            assertThat(mock.type()).contains(IntegrationType.MOCK);
            assertThat(mock.requestTemplates().get("application/json").literal()).contains("{\"statusCode\": 200}");
            assertThat(mock.passthroughBehavior()).contains(PassthroughBehavior.WHEN_NO_MATCH);
            assertThat(defaultResponse(options).statusCode()).isEqualTo("200");
            assertThat(defaultResponse(options).responseParameters()).containsExactly(
                    Map.entry("method.response.header.Access-Control-Allow-Headers",
                            "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'"),
                    Map.entry("method.response.header.Access-Control-Allow-Methods", "'GET,OPTIONS,POST'"),
                    Map.entry("method.response.header.Access-Control-Allow-Origin", "'*'"));
            MethodResponse ok = options.responses().get(0);
            assertThat(ok.statusCode()).isEqualTo("200");
            assertThat(ok.headers()).containsOnlyKeys("Access-Control-Allow-Headers", "Access-Control-Allow-Methods",
                    "Access-Control-Allow-Origin");
            assertThat(options.security()).contains(List.of());
        }

        @Test
        void anyMethodAllowsEveryMethod() {
            assertThat(defaultResponse(method(enabled("*"), "/pets/{id}", "OPTIONS")).responseParameters()
                    .get("method.response.header.Access-Control-Allow-Methods"))
                    .isEqualTo("'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'");
        }

        @Test
        void anExistingOptionsMethodIsKept() {
            Method own = method(enabled("*"), "/own", "OPTIONS");

            assertThat(own.responses()).extracting(MethodResponse::statusCode).containsExactly("204");
        }

        @Test
        void headersAndMethodsCanBeGiven() {
            ApiDefinition api = EnableCors.apply(imported(DOC), new CorsOptions(List.of("https://app.example.com"),
                    "Content-Type,X-Custom", Optional.of("GET,PUT,OPTIONS")));

            assertThat(defaultResponse(method(api, "/pets", "OPTIONS")).responseParameters()).contains(
                    Map.entry("method.response.header.Access-Control-Allow-Headers", "'Content-Type,X-Custom'"),
                    Map.entry("method.response.header.Access-Control-Allow-Methods", "'GET,PUT,OPTIONS'"),
                    Map.entry("method.response.header.Access-Control-Allow-Origin", "'https://app.example.com'"));
        }
    }

    @Nested
    class OtherMethods {
        @Test
        void nonProxyMethodsReturnAllowOriginOnTheir200Response() {
            Method get = method(enabled("https://app.example.com"), "/pets", "GET");

            assertThat(get.responses().stream().filter(r -> r.statusCode().equals("200")).findFirst().orElseThrow()
                    .headers()).containsKey("Access-Control-Allow-Origin");
            assertThat(defaultResponse(get).responseParameters())
                    .containsEntry("method.response.header.Access-Control-Allow-Origin", "'https://app.example.com'");
            IntegrationResponse clientError = get.integration().orElseThrow().responses().stream()
                    .filter(r -> r.statusCode().equals("400")).findFirst().orElseThrow();
            assertThat(clientError.responseParameters()).isEmpty();
        }

        @Test
        void aMethodWithoutA200ResponseGetsOne() {
            Method post = method(enabled("*"), "/pets", "POST");

            assertThat(post.responses()).extracting(MethodResponse::statusCode).containsExactly("201", "200");
        }

        @Test
        void proxyIntegrationsAreLeftToTheBackend() {
            Method any = method(enabled("*"), "/pets/{id}", "ANY");

            assertThat(any).isEqualTo(method(imported(DOC), "/pets/{id}", "ANY"));
        }
    }

    @Nested
    class SeveralOrigins {
        @Test
        void optionsEchoesAnAllowedOriginThroughItsTemplate() {
            Method options = method(enabled("https://a.example.com", "https://b.example.com"), "/pets", "OPTIONS");
            IntegrationResponse ok = defaultResponse(options);

            assertThat(ok.responseParameters()).doesNotContainKey("method.response.header.Access-Control-Allow-Origin");
            assertThat(ok.responseTemplates().get("application/json").literal().orElseThrow())
                    .contains("$corsOrigin == \"https://a.example.com\" || $corsOrigin == \"https://b.example.com\"")
                    .contains("#set($context.responseOverride.header.Access-Control-Allow-Origin = $corsOrigin)");
        }

        @Test
        void existingTemplatesKeepTheirBodyAfterTheEcho() {
            Method post = method(enabled("https://a.example.com,https://b.example.com"), "/pets", "POST");

            assertThat(defaultResponse(post).responseTemplates().get("application/json").literal().orElseThrow())
                    .startsWith("#set($corsOrigin").endsWith("{\"ok\": 1}");
        }
    }

    @Nested
    class Options {
        @Test
        void rejectsWhatIsNotAnOrigin() {
            assertThatThrownBy(() -> CorsOptions.of(List.of("https://app.example.com/path")))
                    .hasMessageContaining("is not an origin");
            assertThatThrownBy(() -> CorsOptions.of(List.of(" ")))
                    .hasMessageContaining("needs an origin");
            assertThatThrownBy(() -> CorsOptions.of(List.of("*", "https://a.example.com")))
                    .hasMessageContaining("alone");
        }

        @Test
        void httpApiGetsACorsConfigurationInstead() {
            ApiDefinition http = imported("""
                    openapi: 3.0.1
                    info: { title: h, version: "1" }
                    x-amazon-apigateway-importexport-version: "1.0"
                    paths:
                      /a:
                        get:
                          x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: "http://example.com", payloadFormatVersion: "1.0" }
                    """);
            ApiDefinition api = EnableCors.apply(http, CorsOptions.of(List.of("https://app.example.com")));

            assertThat(api.settings().cors().orElseThrow().allowOrigins()).contains(List.of("https://app.example.com"));
            assertThat(api.settings().cors().orElseThrow().allowMethods()).contains(List.of("*"));
            assertThat(api.resource("/a").orElseThrow().method("OPTIONS")).isEmpty();
        }
    }
}
