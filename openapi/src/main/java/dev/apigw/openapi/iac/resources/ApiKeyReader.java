package dev.apigw.openapi.iac.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.model.project.ApiKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::ApiKey}s as project API keys, named by {@code Name} (else the logical id). Without a
 * {@code Value} API Gateway generates one at deploy time; locally the value is made from the logical id
 * ({@code apigw-local-api-key-<LogicalId>}, always longer than the 20 characters API Gateway requires), so it is
 * the same on every run and can be written into a test. An info diagnostic says so, with the value. A key is
 * enabled only with {@code Enabled: true}, as API Gateway creates keys disabled otherwise.
 */
final class ApiKeyReader {
    static final String LOCAL_VALUE_PREFIX = "apigw-local-api-key-";
    private static final Set<String> KNOWN = Set.of("CustomerId", "Description", "Enabled", "GenerateDistinctId",
            "Name", "StageKeys", "Tags", "Value");

    private final TemplateView view;
    private final Findings findings;

    ApiKeyReader(TemplateView view, Findings findings) {
        this.view = view;
        this.findings = findings;
    }

    /** The keys with these logical ids, in the order given, by logical id. */
    Map<String, ApiKey> read(Iterable<String> keys) {
        Map<String, ApiKey> out = new LinkedHashMap<>();
        for (String id : keys) {
            JsonNode properties = view.properties(id);
            findings.unknownProperties(id, properties, KNOWN, "");
            String name = view.text(id, "Name").filter(n -> !n.isBlank()).orElse(id);
            String value = view.text(id, "Value").filter(v -> !v.isBlank()).orElseGet(() -> {
                String local = LOCAL_VALUE_PREFIX + id;
                findings.info(id, "", "the key has no Value, so API Gateway would generate one; locally its value is "
                        + local, "send x-api-key: " + local + ", or give the key a Value");
                return local;
            });
            boolean enabled = Values.bool(properties.path("Enabled"));
            if (!enabled) {
                findings.notice(id, "Enabled", "the key is disabled (API Gateway creates a key disabled unless "
                        + "Enabled is true); requests with it get 403 Forbidden", "write Enabled: true");
            }
            out.put(id, new ApiKey(name, value, enabled));
        }
        return out;
    }
}
