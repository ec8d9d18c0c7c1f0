package dev.apigw.simulator.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage's access log format ({@code accessLogSettings.format}), parsed once into literal text and
 * {@code $context.*} references. Unlike mapping templates this is plain substitution, not VTL: a reference whose
 * value is missing prints {@code -}, as in API Gateway's CloudWatch access logs.
 */
public final class AccessLogFormat {
    /** Dotted names only; a trailing dot ({@code "... $context.status."}) stays literal text. */
    private static final Pattern REFERENCE = Pattern.compile("\\$context\\.([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)");
    private static final String MISSING = "-";

    private final String source;
    private final List<Segment> segments;

    private AccessLogFormat(String source, List<Segment> segments) {
        this.source = source;
        this.segments = segments;
    }

    public static AccessLogFormat parse(String format) {
        // One line per request: a format written over several lines (a YAML block with JSON) is joined by spaces.
        String flat = format.strip().replaceAll("\\s*\\R\\s*", " ");
        List<Segment> segments = new ArrayList<>();
        Matcher m = REFERENCE.matcher(flat);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new Segment(flat.substring(at, m.start()), false));
            }
            segments.add(new Segment(m.group(1), true));
            at = m.end();
        }
        if (at < flat.length()) {
            segments.add(new Segment(flat.substring(at), false));
        }
        return new AccessLogFormat(format, Collections.unmodifiableList(segments));
    }

    /** The {@code $context} variable names the format uses, without the {@code $context.} prefix. */
    public List<String> variables() {
        return segments.stream().filter(Segment::variable).map(Segment::text).toList();
    }

    public String source() {
        return source;
    }

    /** The line for one request; {@code values} answers a variable name or {@code null} when it has no value. */
    public String render(Function<String, String> values) {
        StringBuilder line = new StringBuilder(128);
        for (Segment segment : segments) {
            if (!segment.variable()) {
                line.append(segment.text());
                continue;
            }
            String value = values.apply(segment.text());
            line.append(value == null || value.isEmpty() ? MISSING : oneLine(value));
        }
        return line.toString();
    }

    private static String oneLine(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 ? value : value.replaceAll("\\R", " ");
    }

    private record Segment(String text, boolean variable) {
    }
}
