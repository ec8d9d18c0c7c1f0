package dev.apigw.model.validation.rules;

import dev.apigw.model.api.EndpointConfiguration;
import dev.apigw.model.api.Integration;
import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** APIGW007: extension values outside their documented sets (those the importer keeps as plain strings). */
public final class EnumValues implements Rule {
    static final RuleInfo INFO = RuleInfo.error("APIGW007", Category.STRUCTURE,
            "Extension value outside its documented set",
            "`connectionType` is INTERNET or VPC_LINK, `payloadFormatVersion` 1.0 or 2.0, `responseTransferMode` "
                    + "BUFFERED or STREAM, endpoint `types` EDGE, REGIONAL or PRIVATE; AWS rejects other values.",
            "`connectionType: VPCLINK`", "use one of the documented values");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        for (IntegrationSite site : IntegrationSite.all(context)) {
            Integration i = site.integration();
            oneOf(findings, site.field("connectionType"), "connectionType", i.connectionType(),
                    Set.of("INTERNET", "VPC_LINK"));
            oneOf(findings, site.field("payloadFormatVersion"), "payloadFormatVersion", i.payloadFormatVersion(),
                    Set.of("1.0", "2.0"));
            oneOf(findings, site.field("responseTransferMode"), "responseTransferMode", i.responseTransferMode(),
                    Set.of("BUFFERED", "STREAM"));
        }
        Optional<EndpointConfiguration> endpoint = context.api().settings().endpointConfiguration();
        String pointer = endpoint.filter(EndpointConfiguration::inServer).isPresent()
                ? "/servers/0/x-amazon-apigateway-endpoint-configuration/types"
                : "/x-amazon-apigateway-endpoint-configuration/types";
        for (String type : endpoint.flatMap(EndpointConfiguration::types).orElse(List.of())) {
            oneOf(findings, pointer, "endpoint type", Optional.of(type), Set.of("EDGE", "REGIONAL", "PRIVATE"));
        }
    }

    private static void oneOf(Findings findings, String pointer, String what, Optional<String> value,
            Set<String> allowed) {
        value.filter(v -> !allowed.contains(v.trim().toUpperCase(Locale.ROOT))).ifPresent(v -> findings.at(pointer,
                what + " '" + v + "' is not one of " + allowed.stream().sorted().toList()));
    }
}
