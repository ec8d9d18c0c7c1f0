package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW309: private integrations without their VPC link. */
public final class VpcLinkConnection implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW309", Category.INTEGRATIONS,
            "VPC_LINK integration without `connectionId`",
            "`connectionType: VPC_LINK` routes through a VPC link, which `connectionId` names (or "
                    + "`${stageVariables.x}`); AWS rejects the integration without it.",
            "`connectionType: VPC_LINK` and no `connectionId`", "set connectionId to the VPC link id");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (IntegrationSite site : IntegrationSite.all(context)) {
            boolean vpcLink = site.integration().connectionType().filter("VPC_LINK"::equalsIgnoreCase).isPresent();
            if (vpcLink && site.integration().connectionId().isEmpty()) {
                findings.at(site.pointer(), "integration uses connectionType VPC_LINK but has no connectionId");
            }
        }
    }
}
