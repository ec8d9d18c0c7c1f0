package dev.apigw.cli.init;

import java.util.Locale;

/**
 * What {@code apigw init --template} offers: each is one of the repository's samples, packaged into the jar under
 * {@code templates/<sample>/} at build time, with the request that shows it working.
 */
public enum ProjectTemplate {
    REST("petstore", "REST API: MOCK and HTTP_PROXY integrations, VTL mappings, a validator, an API key",
            "apigw invoke %s GET /pets"),
    HTTP("http-api", "HTTP API with a local Lambda function (Node.js)", "apigw invoke %s GET /notes/2"),
    WEBSOCKET("chat", "WebSocket chat API", "apigw serve %s"),
    LAMBDA("authorizers", "REST API with a Lambda authorizer and a Lambda proxy function (Node.js)",
            "apigw invoke %s GET /hello --header Authorization=allow-alice");

    private final String sample;
    private final String description;
    private final String tryIt;

    ProjectTemplate(String sample, String description, String tryIt) {
        this.sample = sample;
        this.description = description;
        this.tryIt = tryIt;
    }

    /** The directory under {@code samples/} (and {@code templates/} in the jar). */
    public String sample() {
        return sample;
    }

    public String description() {
        return description;
    }

    /** A command to try the new project, for the directory as the user named it. */
    public String tryIt(String directory) {
        return String.format(Locale.ROOT, tryIt, directory);
    }

    // picocli lists completion candidates with toString(); users type lower case.
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Lower-case values and message, like the other enum options. */
    public static final class Converter implements picocli.CommandLine.ITypeConverter<ProjectTemplate> {
        @Override
        public ProjectTemplate convert(String value) {
            return dev.apigw.cli.mixin.LowerCaseEnums.convert(ProjectTemplate.class, value);
        }
    }
}
