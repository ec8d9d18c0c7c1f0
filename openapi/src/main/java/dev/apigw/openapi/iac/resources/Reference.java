package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What a reference property ({@code RestApiId}, {@code ParentId}, {@code AuthorizerId}...) names once resolved: a
 * resource by logical id, or the root resource of a REST API ({@code Fn::GetAtt [Api, RootResourceId]}). A plain
 * string counts too, since templates sometimes write the logical id itself ({@code RestApiId: MyApi}); whether it
 * names a resource of the right type is for the caller to check.
 *
 * @param logicalId the resource named, or the API whose root is named
 * @param root whether this is the API's root resource
 */
record Reference(String logicalId, boolean root) {
    private static final String ROOT_SUFFIX = ".RootResourceId";

    static Reference root(String api) {
        return new Reference(api, true);
    }

    /**
     * A text value as a reference. A {@code Ref} or {@code Fn::GetAtt} the resolver kept as written names a
     * resource that does not exist; it still counts as naming it, so the error can say which. Anything else (a
     * list, another intrinsic) is none.
     */
    static Optional<Reference> of(JsonNode value) {
        if (value.isObject() && value.size() == 1) {
            JsonNode named = value.has("Ref") ? value.get("Ref") : value.path("Fn::GetAtt").path(0);
            return named.isTextual() ? Optional.of(new Reference(named.asText(), false)) : Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        String text = value.asText();
        if (text.endsWith(ROOT_SUFFIX)) {
            return Optional.of(root(text.substring(0, text.length() - ROOT_SUFFIX.length())));
        }
        return Optional.of(new Reference(text, false));
    }

    /** The text {@link TemplateView} writes for it (logical ids have no dots, so the two forms never clash). */
    String text() {
        return root ? logicalId + ROOT_SUFFIX : logicalId;
    }

    /** How a message names it. */
    String describe() {
        return root ? "the root resource of '" + logicalId + "'" : "'" + logicalId + "'";
    }
}
