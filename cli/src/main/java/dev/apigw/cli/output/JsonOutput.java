package dev.apigw.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes {@code --output json} results: output records only, pretty-printed, one document per command. */
public final class JsonOutput {

    // "key": value with two-space indents and one element per line, the way people write JSON by hand.
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    // One line, for results a script reads line by line while the command keeps running (serve).
    private static final ObjectWriter LINE_WRITER = JsonMapper.builder().build().writer();

    private JsonOutput() {}

    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(PrintWriter out, Object value) {
        out.println(toJson(value));
        out.flush();
    }

    /** The document on one line, then a newline and a flush: for a reader waiting for a line. */
    public static void writeLine(PrintWriter out, Object value) {
        try {
            out.println(LINE_WRITER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
