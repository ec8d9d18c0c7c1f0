package dev.apigw.model.api;

/** The three API Gateway products; a definition is served by the pipeline of its type. */
public enum ApiType {
    REST,
    HTTP,
    WEBSOCKET
}
