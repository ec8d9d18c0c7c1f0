package dev.apigw.simulator.vtl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/**
 * Parses a body into {@link JsonObject}/{@link JsonArray}/String/Number/Boolean/null, as leniently as json-smart's
 * permissive mode that API Gateway uses: single quotes, unquoted names, trailing commas and comments are accepted
 * (the developer guide's own example body ends with {@code "Age": 11,}), and a body that is not JSON at all
 * ({@code hello}, {@code a=1&b=2}) reads as one string.
 */
final class JsonBodyReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .build();

    private JsonBodyReader() {
    }

    /** Parses JSON text; throws {@link IllegalArgumentException} for text that looks like JSON but is broken. */
    static Object parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new JsonObject();
        }
        char first = trimmed.charAt(0);
        boolean looksLikeJson = first == '{' || first == '[' || first == '"' || first == '\'';
        try (JsonParser parser = FACTORY.createParser(trimmed)) {
            JsonToken token = parser.nextToken();
            return read(parser, token);
        } catch (JsonProcessingException e) {
            if (!looksLikeJson) {
                return trimmed;
            }
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new IllegalArgumentException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                JsonObject object = new JsonObject();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    object.put(name, read(p, p.nextToken()));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "unterminated object");
                }
                return object;
            }
            case START_ARRAY: {
                JsonArray array = new JsonArray();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "unterminated array");
                    }
                    array.add(read(p, t));
                }
                return array;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + token);
        }
    }
}
