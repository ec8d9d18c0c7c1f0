package dev.apigw.openapi.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.openapi.read.ImportOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A cdk.out app whose API sits in a nested stack: the nested template is read through its asset path. */
class NestedStacksTest {
    @Test
    void apiOfANestedStackIsLoadedFromItsLocalTemplate() throws URISyntaxException {
        Path cdkOut = Path.of(NestedStacksTest.class.getResource("/iac/nested/manifest.json").toURI()).getParent();
        LoadedApp app = new ProjectLoader().loadAll(cdkOut, ImportOptions.defaults());
        assertThat(app.apis()).hasSize(1);
        LoadedProject api = app.apis().get(0);
        assertThat(api.project().logicalId()).contains("NestedApi");
        assertThat(api.project().api().resources()).anyMatch(r -> r.path().equals("/items"));
        assertThat(api.definitionFile().getFileName().toString()).isEqualTo("ParentItemsNested.nested.template.json");
    }
}
