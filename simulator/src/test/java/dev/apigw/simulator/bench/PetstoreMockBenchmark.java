package dev.apigw.simulator.bench;

import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.http.HttpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
 * The pipeline's share of {@code bench/serve.sh}'s MOCK row: {@code GET /pets} of {@code samples/petstore} (route,
 * throttle, request template, MOCK, the response template that builds the list) without HTTP. Run from the
 * project root with {@code bench/pipeline.sh}; not part of {@code mvn test}. {@link #simpleMock} is the same request
 * on {@code bench/simple-mock}, the serve benchmark's other MOCK row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PetstoreMockBenchmark {
    private Simulator simulator;
    private Simulator simpleMock;
    private HttpRequest listPets;

    @Setup
    public void setUp() throws IOException {
        Path sample = unthrottledCopy(Path.of("samples/petstore"));
        simulator = Simulator.create(new ProjectLoader().load(sample, ImportOptions.defaults()).project(),
                SimulatorOptions.stage("dev").withWorkingDirectory(sample));
        listPets = HttpRequest.builder("GET", "/pets").header("Host", "127.0.0.1").header("User-Agent", "wrk")
                .build();
        // bench/serve.sh's "MOCK simple" row: a template that only substitutes two $context values.
        Path simple = Path.of("bench/simple-mock");
        simpleMock = Simulator.create(new ProjectLoader().load(simple, ImportOptions.defaults()).project(),
                SimulatorOptions.stage("dev").withWorkingDirectory(simple));
        for (Simulator s : new Simulator[] {simulator, simpleMock}) {
            int status = s.invoke(listPets).status();
            if (status != 200) {
                throw new IllegalStateException("GET /pets answered " + status + ", not 200");
            }
        }
    }

    /** As bench/serve.sh does: the sample's stage and account throttles would answer most requests with 429. */
    private static Path unthrottledCopy(Path sample) throws IOException {
        Path copy = Files.createTempDirectory("apigw-bench-petstore");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path project = copy.resolve("apigw.yaml");
        String text = Files.readString(project).replaceAll("(?m)^    throttling:.*\\n", "")
                + "account:\n  throttling: { rateLimit: 1000000000, burstLimit: 1000000000 }\n";
        Files.writeString(project, text);
        return copy;
    }

    /** As the server runs it: without the execution log, which only `apigw invoke --log` shows. */
    @Benchmark
    public int listPets() {
        return simulator.execute(listPets, false).response().orElseThrow().status();
    }

    @Benchmark
    public int simpleMock() {
        return simpleMock.execute(listPets, false).response().orElseThrow().status();
    }
}
