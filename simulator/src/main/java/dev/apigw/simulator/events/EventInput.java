package dev.apigw.simulator.events;

import dev.apigw.simulator.http.HttpHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request a sample event describes: what the client sent (method, path, headers, query, body), where (stage,
 * API id) and when, plus what only some event types read (the token of an authorizer, a WebSocket message's route
 * key, a disconnect's close code). Absent values take the defaults of {@link SampleEvents}.
 *
 * @param method            HTTP method, upper case
 * @param target            the path below the stage, raw, optionally with a query string ({@code /pets/7?a=1})
 * @param resource          the REST resource or HTTP API route path ({@code /pets/{id}}); empty: the path itself
 *                          (REST) or the {@code $default} route (HTTP API)
 * @param headers           the client's headers, in order; they replace default headers of the same name
 * @param query             query parameters beyond those in {@code target}, decoded
 * @param body              the payload, empty when none
 * @param stage             the stage; empty: {@code dev}, or {@code $default} for HTTP APIs
 * @param defaultHeaders    whether to add the headers a client and API Gateway's front door usually add
 */
public record EventInput(String method, String target, Optional<String> resource, Map<String, List<String>> headers,
        Map<String, List<String>> query, byte[] body, Optional<String> stage, Map<String, String> stageVariables,
        String sourceIp, Instant time, Optional<String> token, Optional<String> apiId, List<String> binaryMediaTypes,
        Optional<String> routeKey, int closeCode, String closeReason, boolean defaultHeaders) {

    public EventInput {
        headers = HttpHeaders.freeze(headers);
        query = HttpHeaders.freeze(query);
        stageVariables = Map.copyOf(stageVariables);
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: {@code GET /}, no headers of its own, no body, now, from 127.0.0.1, close code 1001. */
    public static final class Builder {
        private String method = "GET";
        private String target = "/";
        private Optional<String> resource = Optional.empty();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private Optional<String> stage = Optional.empty();
        private final Map<String, String> stageVariables = new LinkedHashMap<>();
        private String sourceIp = "127.0.0.1";
        private Instant time = Instant.now();
        private Optional<String> token = Optional.empty();
        private Optional<String> apiId = Optional.empty();
        private final List<String> binaryMediaTypes = new ArrayList<>();
        private Optional<String> routeKey = Optional.empty();
        private int closeCode = 1001;
        private String closeReason = "";
        private boolean defaultHeaders = true;

        private Builder() {
        }

        public Builder method(String value) {
            this.method = value;
            return this;
        }

        public Builder target(String value) {
            this.target = value;
            return this;
        }

        public Builder resource(String value) {
            this.resource = Optional.ofNullable(value);
            return this;
        }

        /** Adds one value; repeated names keep every value, in order. */
        public Builder header(String name, String value) {
            HttpHeaders.add(headers, name, value);
            return this;
        }

        public Builder query(String name, String value) {
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder body(byte[] value) {
            this.body = value == null ? new byte[0] : value;
            return this;
        }

        public Builder stage(String value) {
            this.stage = Optional.ofNullable(value);
            return this;
        }

        public Builder stageVariables(Map<String, String> values) {
            stageVariables.putAll(values);
            return this;
        }

        public Builder sourceIp(String value) {
            this.sourceIp = value;
            return this;
        }

        public Builder time(Instant value) {
            this.time = value;
            return this;
        }

        public Builder token(String value) {
            this.token = Optional.ofNullable(value);
            return this;
        }

        public Builder apiId(String value) {
            this.apiId = Optional.ofNullable(value);
            return this;
        }

        public Builder binaryMediaTypes(List<String> values) {
            binaryMediaTypes.addAll(values);
            return this;
        }

        public Builder routeKey(String value) {
            this.routeKey = Optional.ofNullable(value);
            return this;
        }

        public Builder close(int code, String reason) {
            this.closeCode = code;
            this.closeReason = reason == null ? "" : reason;
            return this;
        }

        public Builder defaultHeaders(boolean value) {
            this.defaultHeaders = value;
            return this;
        }

        public EventInput build() {
            return new EventInput(method, target, resource, headers, query, body, stage, stageVariables, sourceIp,
                    time, token, apiId, binaryMediaTypes, routeKey, closeCode, closeReason, defaultHeaders);
        }
    }
}
