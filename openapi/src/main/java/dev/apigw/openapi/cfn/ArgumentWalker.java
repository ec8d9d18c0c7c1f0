package dev.apigw.openapi.cfn;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Resolves a function's argument (inside-out) and lets any failure propagate, so the outermost intrinsic is the one
 * kept verbatim. Handed to the helpers that evaluate one kind of function.
 */
@FunctionalInterface
interface ArgumentWalker {
    JsonNode resolve(JsonNode argument, String pointer);
}
