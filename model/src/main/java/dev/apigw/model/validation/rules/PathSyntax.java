package dev.apigw.model.validation.rules;

import dev.apigw.model.api.Resource;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Pointers;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW103: resource paths API Gateway cannot create. */
public final class PathSyntax implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW103", Category.PARAMETERS,
            "Path API Gateway cannot create",
            "A path part allows letters, digits and `._-:` with curly braces only around a whole segment; a "
                    + "greedy `{name+}` must be last; a variable name may appear once. AWS fails the import "
                    + "(\"Resource's path part only allow ...\").",
            "`/files/{path+}/meta`, `/pets/id={id}`", "make every variable a whole segment and the greedy one last");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (Resource resource : context.api().resources()) {
            if (context.isHttp() && resource.path().equals("$default")) {
                continue;
            }
            for (String problem : PathTemplate.problems(resource.path())) {
                findings.at(Pointers.path(resource), resource.path() + ": " + problem);
            }
        }
    }
}
