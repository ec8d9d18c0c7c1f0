package dev.apigw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleStyleTest {

    @Test
    void no_color_set_to_anything_disables_colour() {
        assertThat(ConsoleStyle.colourAllowed(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(ConsoleStyle.detect(Map.of("NO_COLOR", "1"))).isEqualTo(ConsoleStyle.plain());
    }

    @Test
    void empty_no_color_counts_as_unset() {
        assertThat(ConsoleStyle.colourAllowed(Map.of("NO_COLOR", ""))).isTrue();
    }

    @Test
    void dumb_terminal_disables_colour() {
        assertThat(ConsoleStyle.colourAllowed(Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void test_runs_are_not_on_a_terminal() {
        // Surefire pipes the forked JVM's streams, so detection must say no even with colour allowed.
        assertThat(ConsoleStyle.detect(Map.of("TERM", "xterm-256color")).errAnsi()).isFalse();
    }
}
