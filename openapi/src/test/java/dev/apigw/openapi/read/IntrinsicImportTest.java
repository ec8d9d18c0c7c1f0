package dev.apigw.openapi.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.api.Integration;
import dev.apigw.model.api.TextValue;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CloudFormation intrinsics inside extension values of a standalone OpenAPI file. */
class IntrinsicImportTest {
    private Integration integration(ImportResult result) {
        return result.api().resource("/items").orElseThrow().method("GET").orElseThrow().integration().orElseThrow();
    }

    @Test
    void keepsIntrinsicsVerbatimWithAWarningEachWhenNoValuesAreGiven() {
        ImportResult result = Fixtures.importResult("intrinsics.yaml", ImportOptions.defaults());
        Integration i = integration(result);
        assertThat(i.uri()).hasValueSatisfying(u -> assertThat(u.isIntrinsic()).isTrue());
        assertThat(i.credentials()).hasValueSatisfying(c -> assertThat(c).isInstanceOf(TextValue.Intrinsic.class));
        assertThat(i.requestTemplates().get("application/json").isIntrinsic()).isTrue();
        assertThat(result.diagnostics()).filteredOn(d -> d.ruleId().equals(RuleIds.UNRESOLVED_INTRINSIC))
                .hasSize(3).allSatisfy(d -> assertThat(d.location().line()).isPositive());
    }

    @Test
    void resolvesFromParameters() {
        ImportOptions options = new ImportOptions(ImportOptions.BasePathMode.IGNORE, false, Optional.empty(),
                Map.of("AWS::Region", "eu-west-1", "TableName", "pets", "CrudRole.Arn",
                        "arn:aws:iam::123456789012:role/crud"));
        Integration i = integration(Fixtures.importResult("intrinsics.yaml", options));
        assertThat(i.uri()).contains(TextValue.of("arn:aws:apigateway:eu-west-1:dynamodb:action/Scan"));
        assertThat(i.credentials()).contains(TextValue.of("arn:aws:iam::123456789012:role/crud"));
        assertThat(i.requestTemplates().get("application/json")).isEqualTo(TextValue.of("{\"TableName\": \"pets\"}"));
    }
}
