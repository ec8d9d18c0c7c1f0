package dev.apigw.simulator.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BinaryMediaTypesTest {
    private final BinaryMediaTypes types = new BinaryMediaTypes(List.of("image/*", "application/octet-stream"));

    @Test
    void matchesExactTypesAndTypeWildcardsIgnoringParametersAndCase() {
        assertThat(types.isBinary(Optional.of("image/PNG"))).isTrue();
        assertThat(types.isBinary(Optional.of("application/octet-stream; charset=binary"))).isTrue();
        assertThat(types.isBinary(Optional.of("application/json"))).isFalse();
        assertThat(types.isBinary(Optional.empty())).isFalse();
    }

    @Test
    void starSlashStarMakesEveryTypeBinary() {
        assertThat(new BinaryMediaTypes(List.of("*/*")).isBinary(Optional.of("application/json"))).isTrue();
    }

    @Test
    void onlyTheFirstAcceptedTypeDecides() {
        assertThat(types.acceptsBinary(Optional.of("image/webp,image/*,*/*;q=0.8"))).isTrue();
        assertThat(types.acceptsBinary(Optional.of("text/html, image/png"))).isFalse();
        assertThat(types.acceptsBinary(Optional.empty())).isFalse();
    }

    @Test
    void noBinaryMediaTypesMeansNothingIsBinary() {
        assertThat(new BinaryMediaTypes(List.of()).isBinary(Optional.of("image/png"))).isFalse();
    }
}
