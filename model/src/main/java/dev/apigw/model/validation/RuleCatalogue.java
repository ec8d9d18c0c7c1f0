package dev.apigw.model.validation;

import java.util.List;

/** The README's rule table, generated from the rules themselves so it cannot drift from what they check. */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    public static String markdown(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        Category current = null;
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            if (info.category() != current) {
                current = info.category();
                out.append(out.length() == 0 ? "" : "\n").append("#### ").append(current.title()).append("\n\n")
                        .append("| id | severity | what | why | example | fix |\n|---|---|---|---|---|---|\n");
            }
            out.append("| ").append(info.id()).append(" | ").append(info.severity().label()).append(" | ")
                    .append(cell(info.title())).append(" | ").append(cell(info.why())).append(" | ")
                    .append(cell(info.example())).append(" | ").append(cell(info.hint())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
