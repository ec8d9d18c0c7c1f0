package dev.apigw.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where one rule reports; fills in the rule's id, severity and default hint so rules only say what and where. */
public final class Findings {
    private final RuleInfo rule;
    private final List<Finding> items = new ArrayList<>();

    public Findings(RuleInfo rule) {
        this.rule = rule;
    }

    /** A finding in the definition. */
    public void at(String pointer, String message) {
        add(Origin.DEFINITION, pointer, Optional.empty(), message, rule.hint());
    }

    /** A finding in the definition with a hint specific to this case. */
    public void at(String pointer, String message, String hint) {
        add(Origin.DEFINITION, pointer, Optional.empty(), message, hint);
    }

    /** A finding at a position inside the string value at {@code pointer} (a template). */
    public void inValue(String pointer, TextPosition position, String message) {
        add(Origin.DEFINITION, pointer, Optional.of(position), message, rule.hint());
    }

    /** A finding in the project file. */
    public void inProject(String pointer, String message) {
        add(Origin.PROJECT, pointer, Optional.empty(), message, rule.hint());
    }

    public List<Finding> list() {
        return List.copyOf(items);
    }

    private void add(Origin origin, String pointer, Optional<TextPosition> within, String message, String hint) {
        items.add(new Finding(rule.id(), rule.severity(), origin, pointer, within, message, hint));
    }
}
