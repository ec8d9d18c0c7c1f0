package dev.apigw.openapi.read;

import dev.apigw.model.api.ApiType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's import options plus apigw's own: {@code basepath} handling, failing on warnings, the API type when the
 * document does not say, and values for CloudFormation parameters in extension values.
 */
public record ImportOptions(BasePathMode basePath, boolean failOnWarnings, Optional<ApiType> type,
        Map<String, String> parameters) {

    public ImportOptions {
        parameters = Map.copyOf(parameters);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(BasePathMode.IGNORE, false, Optional.empty(), Map.of());
    }

    public ImportOptions withParameters(Map<String, String> values) {
        return new ImportOptions(basePath, failOnWarnings, type, values);
    }

    public ImportOptions withType(Optional<ApiType> apiType) {
        return new ImportOptions(basePath, failOnWarnings, apiType, parameters);
    }

    /** {@code basepath=ignore|prepend|split} as {@code aws apigateway import-rest-api --parameters} takes it. */
    public enum BasePathMode {
        IGNORE,
        PREPEND,
        SPLIT;

        public static BasePathMode parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }
}
