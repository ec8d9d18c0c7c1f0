package dev.apigw.model.validation.rules;

import dev.apigw.model.validation.Category;
import dev.apigw.model.validation.Findings;
import dev.apigw.model.validation.Rule;
import dev.apigw.model.validation.RuleInfo;
import dev.apigw.model.validation.ValidationContext;

/** APIGW008: minimum compression size range. */
public final class CompressionSize implements Rule {
    static final int MAX = 10_485_760;

    static final RuleInfo INFO = RuleInfo.error("APIGW008", Category.STRUCTURE,
            "`x-amazon-apigateway-minimum-compression-size` outside 0–10485760",
            "AWS accepts a minimum compression size from 0 to 10,485,760 bytes (10 MB) and rejects the API "
                    + "otherwise.",
            "`x-amazon-apigateway-minimum-compression-size: -1`", "use 0 to 10485760, or remove it to disable");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        context.api().settings().minimumCompressionSize().filter(s -> s < 0 || s > MAX).ifPresent(s ->
                findings.at("/x-amazon-apigateway-minimum-compression-size", "minimum compression size " + s
                        + " is outside 0–" + MAX + " bytes"));
    }
}
