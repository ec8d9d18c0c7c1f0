package dev.apigw.openapi.project;

import dev.apigw.openapi.iac.ApiReader;
import dev.apigw.openapi.iac.resources.RestApiResources;
import dev.apigw.openapi.iac.sam.SamApis;
import dev.apigw.openapi.iac.v2.ApiGatewayV2Resources;
import java.util.List;

/** The readers of every template form, in the order their APIs are listed. */
final class ApiReaders {
    private ApiReaders() {
    }

    static List<ApiReader> all() {
        return List.of(new SamApis(), new RestApiResources(), new ApiGatewayV2Resources());
    }
}
