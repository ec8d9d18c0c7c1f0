package dev.apigw.simulator.vtl;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * {@code $util} in mapping templates. Stateless and shared by every render. Arguments are {@code Object} so that
 * values from {@code $input.path} (numbers, maps, arrays) work too: they are converted with their template text.
 * A missing argument yields an empty string, as a quiet reference would.
 */
public final class UtilVariable {
    static final UtilVariable INSTANCE = new UtilVariable();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private UtilVariable() {
    }

    /** Escapes the text using JavaScript string rules; {@code '} becomes {@code \'}. */
    public String escapeJavaScript(Object value) {
        String text = text(value);
        return text == null ? "" : JavaScriptEscaper.escape(text);
    }

    /** Parses stringified JSON into objects a template can navigate ({@code $obj.key2.arr[0]}). */
    public Object parseJson(Object value) {
        String text = text(value);
        if (text == null) {
            return MissingValue.INSTANCE;
        }
        Object parsed = JsonBodyReader.parse(text);
        return parsed == null ? MissingValue.INSTANCE : parsed;
    }

    /** application/x-www-form-urlencoded, UTF-8: a space becomes {@code +}. */
    public String urlEncode(Object value) {
        String text = text(value);
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Decodes application/x-www-form-urlencoded text as UTF-8: {@code +} becomes a space. */
    public String urlDecode(Object value) {
        String text = text(value);
        return text == null ? "" : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Base64 of the UTF-8 bytes. */
    public String base64Encode(Object value) {
        String text = text(value);
        return text == null ? "" : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes base64 (line breaks tolerated) and reads the bytes as UTF-8. */
    public String base64Decode(Object value) {
        String text = text(value);
        if (text == null) {
            return "";
        }
        try {
            return new String(Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll("")), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not valid base64: " + e.getMessage(), e);
        }
    }

    private static String text(Object value) {
        return MissingValue.isMissing(value) ? null : value.toString();
    }

    @Override
    public String toString() {
        return "";
    }
}
