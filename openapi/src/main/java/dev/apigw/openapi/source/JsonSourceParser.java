package dev.apigw.openapi.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Jackson tree from the streaming parser by hand, because only the streaming parser knows where each
 * token started; {@code ObjectMapper.readTree} forgets it.
 */
final class JsonSourceParser {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final SourceMap.Builder positions = new SourceMap.Builder();
    private final List<Diagnostic> warnings = new ArrayList<>();

    private JsonSourceParser(String file) {
        this.file = file;
    }

    static ParsedTree parse(String file, String text) {
        return new JsonSourceParser(file).run(text);
    }

    private ParsedTree run(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw SourceProblems.error(file, "the file is empty", "Put an OpenAPI document or template in it.");
            }
            record(parser, "");
            JsonNode root = readValue(parser, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw SourceProblems.error(file, at.getLineNr(), at.getColumnNr(),
                        "malformed JSON: more content after the end of the top-level value",
                        "A JSON file holds exactly one value; remove what follows the closing bracket.");
            }
            return new ParsedTree(root, positions.build(), warnings);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw SourceProblems.error(file, line, column, "malformed JSON: " + e.getOriginalMessage(),
                    "Fix the JSON syntax at this position; a missing comma, quote or bracket just before it is the"
                            + " usual cause.");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String cannot fail for I/O reasons
        }
    }

    /** Reads the value whose first token is current, leaving the parser on its last token. */
    private JsonNode readValue(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, pointer);
            case START_ARRAY:
                return readArray(parser, pointer);
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integral(parser);
            case VALUE_NUMBER_FLOAT:
                return floating(parser);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private ObjectNode readObject(JsonParser parser, String pointer) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String child = JsonPointers.child(pointer, key);
            JsonLocation at = parser.currentTokenLocation();
            if (object.has(key)) {
                warnings.add(SourceProblems.warning(SourceProblems.DUPLICATE_KEY, file, child, at.getLineNr(),
                        at.getColumnNr(), "duplicate key '" + key + "'; the last one wins",
                        "Remove or rename one of the two members."));
                positions.removeUnder(child);
            }
            positions.put(child, at.getLineNr(), at.getColumnNr());
            parser.nextToken();
            object.set(key, readValue(parser, child));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String child = JsonPointers.child(pointer, index++);
            record(parser, child);
            array.add(readValue(parser, child));
        }
        return array;
    }

    private void record(JsonParser parser, String pointer) {
        JsonLocation at = parser.currentTokenLocation();
        positions.put(pointer, at.getLineNr(), at.getColumnNr());
    }

    /** The smallest integral node that holds the number, so {@code 200} is an int like Jackson's own reader. */
    private static JsonNode integral(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }

    /** A double like Jackson's own reader, unless the double cannot hold it (then exact decimal). */
    private static JsonNode floating(JsonParser parser) throws IOException {
        double value = parser.getDoubleValue();
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.numberNode(parser.getDecimalValue());
    }
}
