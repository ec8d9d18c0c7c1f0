package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Resource;
import dev.apigw.model.project.Stage;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.Optional;

/** APIGW508: per-method stage settings for methods the API does not have. */
public final class MethodSettingsTarget implements Rule {
    static final RuleInfo INFO = RuleInfo.warning("APIGW508", Category.STAGES,
            "Stage method settings name a method the API does not have",
            "`methodSettings` keys are `\"METHOD /path\"` (or `\"* /*\"`); a key matching no method silently "
                    + "applies to nothing, so the throttling or caching meant for it is missing.",
            "`methodSettings: {\"GET /pet\": ...}` when the resource is `/pets`",
            "use \"METHOD /path\" exactly as in the definition, or * for all");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Stage stage : context.config().stages().values()) {
            String base = Pointers.child(Pointers.child("/stages", stage.name()), "methodSettings");
            for (String key : stage.methodSettings().keySet()) {
                problem(context, key).ifPresent(p -> findings.inProject(Pointers.child(base, key), "stage "
                        + stage.name() + ": methodSettings '" + key + "' " + p));
            }
        }
    }

    private static Optional<String> problem(ValidationContext context, String key) {
        String[] parts = key.trim().split("\\s+", 2);
        if (parts.length != 2) {
            return Optional.of("is not of the form \"METHOD /path\"");
        }
        String verb = parts[0];
        String path = parts[1];
        if (path.equals("/*") || path.equals("*")) {
            return Optional.empty();
        }
        Optional<Resource> resource = context.api().resource(path);
        if (resource.isEmpty()) {
            return Optional.of("names path " + path + ", which the API does not have");
        }
        boolean matches = verb.equals("*") || resource.get().method(verb).isPresent()
                || resource.get().method("ANY").isPresent();
        return matches ? Optional.empty() : Optional.of("names " + verb + " " + path + ", which the API does not have");
    }
}
