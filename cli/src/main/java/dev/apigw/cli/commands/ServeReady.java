package dev.apigw.cli.commands;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code apigw serve --output json}: written once, on one line, when the server accepts requests. A script reads
 * that line for the URLs (with {@code --port 0}, the chosen port); nothing else is written to standard output.
 *
 * @param accessLog where the access log goes: {@code stderr}, or the {@code --access-log} file
 * @param apis every API served, when there are several (the top-level fields describe the first)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ServeReady(String api, String type, String host, int port, List<Stage> stages, boolean reload,
        String accessLog, List<Api> apis) {

    /**
     * Each API when a template defines several: its logical id, its API id and the host URL that reaches it
     * whatever other API claims the same path.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Api(String api, String logicalId, String apiId, String type, List<Stage> stages, String hostUrl) {}

    /** One served stage; {@code connectionsUrl} only for a WebSocket API. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stage(String stage, String url, String connectionsUrl) {}
}
