package dev.apigw.openapi.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The string of an {@code Fn::Sub}, split into literal text and {@code ${name}} variables. {@code ${!x}} is the
 * documented escape for a literal {@code ${x}}; a {@code $} without a brace (VTL's {@code $input.path('$')}) is
 * plain text.
 */
final class SubTemplate {

    private sealed interface Part permits Literal, Variable {
    }

    private record Literal(String text) implements Part {
    }

    private record Variable(String name) implements Part {
    }

    private final List<Part> parts;

    private SubTemplate(List<Part> parts) {
        this.parts = parts;
    }

    static SubTemplate parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("${", i);
            int end = start < 0 ? -1 : text.indexOf('}', start + 2);
            if (start < 0 || end < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, start);
            String inside = text.substring(start + 2, end);
            if (inside.startsWith("!")) {
                literal.append("${").append(inside.substring(1)).append('}');
            } else {
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Variable(inside.trim()));
            }
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new SubTemplate(parts);
    }

    List<String> variables() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Variable variable && !names.contains(variable.name())) {
                names.add(variable.name());
            }
        }
        return names;
    }

    String render(Function<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                out.append(values.apply(((Variable) part).name()));
            }
        }
        return out.toString();
    }
}
