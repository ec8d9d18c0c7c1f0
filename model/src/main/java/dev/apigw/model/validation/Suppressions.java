package dev.apigw.model.validation;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules silenced where the user intends what they wrote: {@code x-apigw-ignore: [APIGW601]} on an operation (or a
 * path item, or the document root) silences those ids for everything beneath it. The key is not an
 * {@code x-amazon-apigateway-*} extension, so AWS ignores it on import.
 */
public final class Suppressions {
    public static final String KEY = "x-apigw-ignore";

    private final Map<String, Set<String>> idsByPointer;

    private Suppressions(Map<String, Set<String>> idsByPointer) {
        this.idsByPointer = idsByPointer;
    }

    public static Suppressions none() {
        return new Suppressions(Map.of());
    }

    public static Suppressions of(ApiDefinition api) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        put(out, "", api.documentation().get(KEY));
        for (Resource resource : api.resources()) {
            put(out, Pointers.path(resource), resource.documentation().get(KEY));
            for (Method method : resource.methods()) {
                put(out, Pointers.method(resource, method), method.documentation().get(KEY));
            }
        }
        return new Suppressions(out);
    }

    /** Whether a finding of {@code ruleId} at {@code pointer} (into the definition) is silenced. */
    public boolean silences(String ruleId, String pointer) {
        String id = ruleId.toUpperCase(Locale.ROOT);
        return idsByPointer.entrySet().stream()
                .anyMatch(e -> Pointers.isWithin(pointer, e.getKey()) && e.getValue().contains(id));
    }

    // A single id or a list of ids; anything else is ignored rather than guessed at.
    private static void put(Map<String, Set<String>> out, String pointer, Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof String s) {
            ids.add(s);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> ids.add(String.valueOf(v)));
        }
        if (!ids.isEmpty()) {
            out.put(pointer, Set.copyOf(ids.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList()));
        }
    }
}
