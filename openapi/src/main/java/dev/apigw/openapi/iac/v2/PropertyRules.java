package dev.apigw.openapi.iac.v2;

import java.util.Map;
import java.util.Set;

/**
 * Which properties of one resource type are read, which only describe (no warning), and which are accepted but not
 * emulated, with the reason said in the warning. A property in none of them is one this reader does not know.
 */
record PropertyRules(Set<String> read, Map<String, String> notEmulated) {
    /** Properties that change nothing a local run could show. */
    private static final Set<String> DESCRIPTIVE = Set.of("ApiId", "Description", "Tags", "Name", "OperationName");

    PropertyRules {
        read = Set.copyOf(read);
        notEmulated = Map.copyOf(notEmulated);
    }

    void check(V2Resource resource, Findings findings) {
        resource.properties().fieldNames().forEachRemaining(property -> {
            if (read.contains(property) || DESCRIPTIVE.contains(property)) {
                return;
            }
            String why = notEmulated.get(property);
            findings.notEmulated(resource, property, why != null ? why
                    : "apigw does not know this property of " + resource.type());
        });
    }
}
