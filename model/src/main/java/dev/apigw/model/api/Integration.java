package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code x-amazon-apigateway-integration}. When {@link #ref()} is present the integration is a {@code $ref} to a
 * named entry of {@code x-amazon-apigateway-integrations} and the other fields are empty; use
 * {@link ApiDefinition#resolve(Integration)} to follow it.
 */
public record Integration(
        Optional<String> ref,
        Optional<IntegrationType> type,
        Optional<TextValue> uri,
        Optional<String> httpMethod,
        Optional<TextValue> credentials,
        Map<String, String> requestParameters,
        Map<String, TextValue> requestTemplates,
        Optional<PassthroughBehavior> passthroughBehavior,
        Optional<ContentHandling> contentHandling,
        List<String> cacheKeyParameters,
        Optional<String> cacheNamespace,
        Optional<Integer> timeoutInMillis,
        Optional<String> connectionType,
        Optional<TextValue> connectionId,
        Optional<TlsConfig> tlsConfig,
        List<IntegrationResponse> responses,
        Optional<String> payloadFormatVersion,
        Optional<String> integrationSubtype,
        Optional<String> responseTransferMode,
        Map<String, Map<String, String>> httpResponseParameters,
        Map<String, Object> unknownProperties) {

    public static final int DEFAULT_TIMEOUT_MILLIS = 29_000;

    public Integration {
        requestParameters = Immutable.map(requestParameters);
        requestTemplates = Immutable.map(requestTemplates);
        cacheKeyParameters = Immutable.list(cacheKeyParameters);
        responses = Immutable.list(responses);
        httpResponseParameters = Immutable.map(httpResponseParameters);
        unknownProperties = Immutable.map(unknownProperties);
    }

    public static Integration reference(String ref) {
        return builder().ref(ref).build();
    }

    public boolean isReference() {
        return ref.isPresent();
    }

    public int effectiveTimeoutMillis() {
        return timeoutInMillis.orElse(DEFAULT_TIMEOUT_MILLIS);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder, because an integration has many optional fields and importers fill them one by one. */
    public static final class Builder {
        private Optional<String> ref = Optional.empty();
        private Optional<IntegrationType> type = Optional.empty();
        private Optional<TextValue> uri = Optional.empty();
        private Optional<String> httpMethod = Optional.empty();
        private Optional<TextValue> credentials = Optional.empty();
        private Map<String, String> requestParameters = Map.of();
        private Map<String, TextValue> requestTemplates = Map.of();
        private Optional<PassthroughBehavior> passthroughBehavior = Optional.empty();
        private Optional<ContentHandling> contentHandling = Optional.empty();
        private List<String> cacheKeyParameters = List.of();
        private Optional<String> cacheNamespace = Optional.empty();
        private Optional<Integer> timeoutInMillis = Optional.empty();
        private Optional<String> connectionType = Optional.empty();
        private Optional<TextValue> connectionId = Optional.empty();
        private Optional<TlsConfig> tlsConfig = Optional.empty();
        private List<IntegrationResponse> responses = List.of();
        private Optional<String> payloadFormatVersion = Optional.empty();
        private Optional<String> integrationSubtype = Optional.empty();
        private Optional<String> responseTransferMode = Optional.empty();
        private Map<String, Map<String, String>> httpResponseParameters = Map.of();
        private Map<String, Object> unknownProperties = Map.of();

        private Builder() {
        }

        private Builder(Integration i) {
            ref = i.ref;
            type = i.type;
            uri = i.uri;
            httpMethod = i.httpMethod;
            credentials = i.credentials;
            requestParameters = i.requestParameters;
            requestTemplates = i.requestTemplates;
            passthroughBehavior = i.passthroughBehavior;
            contentHandling = i.contentHandling;
            cacheKeyParameters = i.cacheKeyParameters;
            cacheNamespace = i.cacheNamespace;
            timeoutInMillis = i.timeoutInMillis;
            connectionType = i.connectionType;
            connectionId = i.connectionId;
            tlsConfig = i.tlsConfig;
            responses = i.responses;
            payloadFormatVersion = i.payloadFormatVersion;
            integrationSubtype = i.integrationSubtype;
            responseTransferMode = i.responseTransferMode;
            httpResponseParameters = i.httpResponseParameters;
            unknownProperties = i.unknownProperties;
        }

        public Builder ref(String v) { ref = Optional.ofNullable(v); return this; }
        public Builder type(IntegrationType v) { type = Optional.ofNullable(v); return this; }
        public Builder uri(TextValue v) { uri = Optional.ofNullable(v); return this; }
        public Builder httpMethod(String v) { httpMethod = Optional.ofNullable(v); return this; }
        public Builder credentials(TextValue v) { credentials = Optional.ofNullable(v); return this; }
        public Builder requestParameters(Map<String, String> v) { requestParameters = v; return this; }
        public Builder requestTemplates(Map<String, TextValue> v) { requestTemplates = v; return this; }
        public Builder passthroughBehavior(PassthroughBehavior v) { passthroughBehavior = Optional.ofNullable(v); return this; }
        public Builder contentHandling(ContentHandling v) { contentHandling = Optional.ofNullable(v); return this; }
        public Builder cacheKeyParameters(List<String> v) { cacheKeyParameters = v; return this; }
        public Builder cacheNamespace(String v) { cacheNamespace = Optional.ofNullable(v); return this; }
        public Builder timeoutInMillis(Integer v) { timeoutInMillis = Optional.ofNullable(v); return this; }
        public Builder connectionType(String v) { connectionType = Optional.ofNullable(v); return this; }
        public Builder connectionId(TextValue v) { connectionId = Optional.ofNullable(v); return this; }
        public Builder tlsConfig(TlsConfig v) { tlsConfig = Optional.ofNullable(v); return this; }
        public Builder responses(List<IntegrationResponse> v) { responses = v; return this; }
        public Builder payloadFormatVersion(String v) { payloadFormatVersion = Optional.ofNullable(v); return this; }
        public Builder integrationSubtype(String v) { integrationSubtype = Optional.ofNullable(v); return this; }
        public Builder responseTransferMode(String v) { responseTransferMode = Optional.ofNullable(v); return this; }
        public Builder httpResponseParameters(Map<String, Map<String, String>> v) { httpResponseParameters = v; return this; }
        public Builder unknownProperties(Map<String, Object> v) { unknownProperties = v; return this; }

        public Integration build() {
            return new Integration(ref, type, uri, httpMethod, credentials, requestParameters, requestTemplates,
                    passthroughBehavior, contentHandling, cacheKeyParameters, cacheNamespace, timeoutInMillis,
                    connectionType, connectionId, tlsConfig, responses, payloadFormatVersion, integrationSubtype,
                    responseTransferMode, httpResponseParameters, unknownProperties);
        }
    }
}
