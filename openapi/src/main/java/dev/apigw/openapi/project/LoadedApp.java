package dev.apigw.openapi.project;

import dev.apigw.model.diag.ApigwException;
import java.util.List;
import java.util.Optional;

/**
 * Every API a command's target defines: one for an OpenAPI project, as many as a SAM/CloudFormation template or a
 * CDK app holds (each with its logical id).
 */
public record LoadedApp(List<LoadedProject> apis) {
    public LoadedApp {
        apis = List.copyOf(apis);
    }

    /**
     * The API a command works on: the one named (by logical id or title), else the only one; several without a
     * choice is a usage error that lists them.
     */
    public LoadedProject choose(Optional<String> api) {
        return choose(api, "--api");
    }

    /** As {@link #choose(Optional)}, naming the command's own option in the message. */
    public LoadedProject choose(Optional<String> api, String option) {
        if (api.isPresent()) {
            return apis.stream().filter(p -> p.project().logicalId().filter(api.get()::equals).isPresent()
                    || p.project().api().title().equals(api.get())).findFirst()
                    .orElseThrow(() -> new ApigwException(ApigwException.Kind.USAGE, "no API '" + api.get()
                            + "' here; the APIs are " + names()));
        }
        if (apis.size() == 1) {
            return apis.get(0);
        }
        throw new ApigwException(ApigwException.Kind.USAGE, "this template defines " + apis.size() + " APIs ("
                + names() + "); choose one with " + option + " LOGICAL_ID");
    }

    private String names() {
        return String.join(", ", apis.stream().map(p -> p.project().logicalId().orElse(p.project().api().title()))
                .toList());
    }
}
