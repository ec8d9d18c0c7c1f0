package dev.apigw.simulator.bench;

import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import dev.apigw.simulator.http.HttpRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-request cost of access control: the same MOCK method served open, and behind an API key with a usage plan
 * (throttle and quota) and a cached TOKEN Lambda authorizer, through the whole pipeline without HTTP. The authorizer
 * function runs once in setup; every measured request is a cache hit, as on a hot path. Run with
 * {@code bench/access.sh}; not part of {@code mvn test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AccessControlBenchmark {
    private Simulator simulator;
    private HttpRequest open;
    private HttpRequest secured;

    @Setup
    public void setUp() {
        simulator = Simulator.create(TestApis.load("bench-access/apigw.yaml"), SimulatorOptions.stage("dev")
                .withWorkingDirectory(TestApis.fixture("bench-access/apigw.yaml").getParent()));
        open = HttpRequest.builder("GET", "/open").build();
        secured = HttpRequest.builder("GET", "/secured").header("x-api-key", "bench-key-0123456789abcdef")
                .header("Authorization", "token-1").build();
        int status = simulator.invoke(secured).status();
        if (status != 200 || simulator.invoke(open).status() != 200) {
            throw new IllegalStateException("the benchmark API does not answer 200 (secured: " + status + ")");
        }
    }

    @Benchmark
    public int openMethod() {
        return simulator.invoke(open).status();
    }

    @Benchmark
    public int apiKeyUsagePlanAndCachedAuthorizer() {
        return simulator.invoke(secured).status();
    }
}
