package dev.apigw.simulator.lambda.runtime;

import dev.apigw.openapi.project.ProjectLoader;
import dev.apigw.openapi.read.ImportOptions;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.SimulatorOptions;
import dev.apigw.simulator.TestApis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * The {@code apis/runtimes} project copied to a directory of the test's (so tests may change its code), served by a
 * simulator whose function output is kept for assertions. Closing it stops every function process it started.
 */
final class RuntimeFixture implements AutoCloseable {
    final Path directory;
    final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    final Simulator simulator;

    RuntimeFixture(Path directory) {
        this(directory, RuntimeSettings.Warm.LAZY);
    }

    RuntimeFixture(Path directory, RuntimeSettings.Warm warm) {
        this.directory = directory;
        copy(TestApis.fixture("runtimes"), directory);
        directory.resolve("provided/bootstrap").toFile().setExecutable(true);
        simulator = Simulator.create(new ProjectLoader().load(directory, ImportOptions.defaults()).project(),
                SimulatorOptions.stage("dev").withWorkingDirectory(directory),
                RuntimeSettings.defaults().withWarm(warm).withLog(log::add));
    }

    List<String> logLines() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        simulator.close();
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
