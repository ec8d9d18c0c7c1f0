package dev.apigw.cli.validate;

import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import java.util.List;

/** {@code apigw validate --list-rules --output json}: the catalogue as data. */
public record RuleList(List<Item> rules) {

    /** One rule as scripts see it. */
    public record Item(String id, String severity, String category, String title, String why, String example,
            String hint) {
    }

    public static RuleList of(List<Rule> rules) {
        return new RuleList(rules.stream().map(Rule::info).map(RuleList::item).toList());
    }

    private static Item item(RuleInfo i) {
        return new Item(i.id(), i.severity().label(), i.category().name().toLowerCase(java.util.Locale.ROOT),
                i.title(), i.why(), i.example(), i.hint());
    }
}
