package dev.apigw.openapi.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.apigw.model.diag.ApigwException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code samconfig.toml}: the parameter overrides SAM CLI would pass to the template ({@code parameter_overrides}
 * of the {@code default} environment, in its {@code global}, {@code deploy}, {@code local_start_api} and
 * {@code validate} sections, later ones winning), written as one string {@code "A=1 B=\"two words\""} or a list.
 */
public final class SamConfig {
    public static final String FILE_NAME = "samconfig.toml";
    private static final List<String> SECTIONS = List.of("global", "deploy", "validate", "local_start_api");

    private SamConfig() {
    }

    /** The overrides in {@code samconfig.toml} beside the template; none when there is no such file. */
    public static Map<String, String> parameterOverrides(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw ApigwException.input(file + ": not valid TOML: " + e.getMessage());
        }
        for (String section : SECTIONS) {
            JsonNode overrides = root.path("default").path(section).path("parameters").path("parameter_overrides");
            if (overrides.isTextual()) {
                out.putAll(parse(overrides.asText()));
            } else if (overrides.isArray()) {
                overrides.forEach(o -> out.putAll(parse(o.asText())));
            }
        }
        return out;
    }

    /** The {@code stack_name} of the default environment's deploy (or global) parameters, when it is set. */
    public static java.util.Optional<String> stackName(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode root = new TomlMapper().readTree(file.toFile());
            for (String section : List.of("deploy", "global")) {
                JsonNode name = root.path("default").path(section).path("parameters").path("stack_name");
                if (name.isTextual() && !name.asText().isBlank()) {
                    return java.util.Optional.of(name.asText());
                }
            }
        } catch (IOException e) {
            return java.util.Optional.empty(); // parameterOverrides reports the broken file
        }
        return java.util.Optional.empty();
    }

    /**
     * {@code --parameter-overrides} as SAM CLI takes it: {@code Name=Value} pairs separated by spaces, a value in
     * double quotes keeping its spaces; also {@code ParameterKey=Name,ParameterValue=Value}.
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            while (i < text.length() && (quoted || !Character.isWhitespace(text.charAt(i)))) {
                char c = text.charAt(i++);
                if (c == '"') {
                    quoted = !quoted;
                } else {
                    token.append(c);
                }
            }
            if (i == start) {
                break;
            }
            String pair = token.toString();
            if (pair.startsWith("ParameterKey=")) {
                int comma = pair.indexOf(",ParameterValue=");
                if (comma > 0) {
                    out.put(pair.substring("ParameterKey=".length(), comma),
                            pair.substring(comma + ",ParameterValue=".length()));
                }
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }
}
