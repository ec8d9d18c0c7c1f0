package dev.apigw.simulator.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shipped Node.js and Python bootstraps against a fake Runtime API ({@code bootstrap_check.py}): handler forms,
 * context fields, error shapes, init errors, log formats, the end marker, exit when the endpoint goes away.
 */
@Timeout(180)
class BootstrapConformanceTest {
    @Test
    void bootstrapsSpeakTheRuntimeApiAsLambdasRuntimesDo() throws Exception {
        Path script = resource("/dev/apigw/simulator/lambda/runtime/bootstrap_check.py");
        Process check = new ProcessBuilder(List.of("python3", script.toString(), "--node-bootstrap",
                BootstrapFiles.get("node/bootstrap.mjs").toString(), "--python-bootstrap",
                BootstrapFiles.get("python/bootstrap.py").toString())).redirectErrorStream(true).start();
        check.getOutputStream().close();
        String output;
        try {
            output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor(150, TimeUnit.SECONDS)).isTrue();
        } finally {
            check.destroyForcibly();
        }
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("all checks passed");
    }

    private static Path resource(String name) throws Exception {
        return Path.of(BootstrapConformanceTest.class.getResource(name).toURI());
    }
}
