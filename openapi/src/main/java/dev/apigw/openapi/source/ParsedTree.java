package dev.apigw.openapi.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.diag.Diagnostic;
import java.util.List;

/** What a syntax-specific parser hands back to {@link SourceDocument}. */
record ParsedTree(JsonNode root, SourceMap map, List<Diagnostic> warnings) {
}
