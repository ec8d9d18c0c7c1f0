package dev.apigw.simulator.traffic;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.project.ThrottleSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code GET /_apigw/usage} answers, like {@code aws apigateway get-usage}: for each usage plan and each API key
 * it lists, the plan's throttle and, with a quota, how much of the current period the key used.
 */
public record UsageReport(Instant at, List<Item> items) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public UsageReport {
        items = List.copyOf(items);
    }

    /** One API key in one usage plan. */
    public record Item(String usagePlan, String usagePlanId, String apiKey, String apiKeyId, boolean enabled,
            List<String> stages, Optional<ThrottleSettings> throttle, Optional<Quota> quota) {
        public Item {
            stages = List.copyOf(stages);
        }
    }

    /** The key's quota in the period that contains {@link UsageReport#at}. */
    public record Quota(long limit, String period, int offset, long used, long remaining, Instant periodStart,
            Instant periodEnd) {
    }

    /** The report as a JSON document; absent throttles and quotas are left out. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("at", at.toString());
        ArrayNode list = root.putArray("items");
        for (Item item : items) {
            ObjectNode node = list.addObject();
            node.put("usagePlan", item.usagePlan());
            node.put("usagePlanId", item.usagePlanId());
            node.put("apiKey", item.apiKey());
            node.put("apiKeyId", item.apiKeyId());
            node.put("enabled", item.enabled());
            ArrayNode stages = node.putArray("stages");
            item.stages().forEach(stages::add);
            item.throttle().ifPresent(t -> node.putObject("throttle").put("rateLimit", t.rateLimit())
                    .put("burstLimit", t.burstLimit()));
            item.quota().ifPresent(q -> node.putObject("quota").put("limit", q.limit()).put("period", q.period())
                    .put("offset", q.offset()).put("used", q.used()).put("remaining", q.remaining())
                    .put("periodStart", q.periodStart().toString()).put("periodEnd", q.periodEnd().toString()));
        }
        return root.toString();
    }
}
