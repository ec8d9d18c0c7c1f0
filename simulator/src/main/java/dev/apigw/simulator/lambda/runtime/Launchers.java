package dev.apigw.simulator.lambda.runtime;

import dev.apigw.simulator.pipeline.ContextValues;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The command and environment of a function instance, per runtime family, with the variables Lambda sets. Layers
 * are found where Lambda puts them under {@code /opt}, but in their own directories: {@code nodejs/node_modules}
 * on {@code NODE_PATH}, {@code python} on {@code PYTHONPATH}, {@code java/lib} on the classpath, {@code bin} on
 * {@code PATH}.
 */
final class Launchers {
    /** Credentials the function sees unless its environment sets its own, so SDK clients can be built offline. */
    static final String TEST_ACCESS_KEY = "ASIAAPIGWLOCALTESTKEY";
    static final String TEST_SECRET_KEY = "apigw/local/test/secret/access/key/0000000";
    static final String TEST_SESSION_TOKEN = "apigw-local-test-session-token";

    private final Interpreters interpreters;

    Launchers(Interpreters interpreters) {
        this.interpreters = interpreters;
    }

    /** Fails with a clear message when the function's interpreter or custom bootstrap is missing. */
    void check(FunctionSpec spec) {
        interpreters.find(spec.name(), spec.runtime());
        if (spec.runtime().family() == dev.apigw.model.project.LambdaRuntimeName.Family.PROVIDED) {
            providedBootstrap(spec);
        }
    }

    Launch plan(FunctionSpec spec, String runtimeApi) {
        Interpreters.Interpreter interpreter = interpreters.find(spec.name(), spec.runtime());
        Map<String, String> env = lambdaEnvironment(spec, runtimeApi);
        List<String> command = new ArrayList<>(interpreter.command());
        switch (spec.runtime().family()) {
            case NODEJS -> {
                command.add(BootstrapFiles.get("node/bootstrap.mjs").toString());
                env.put("NODE_PATH", join(layerDirs(spec, "nodejs/node" + interpreter.version().split("\\.")[0]
                        + "/node_modules", "nodejs/node_modules")));
            }
            case PYTHON -> {
                command.add(BootstrapFiles.get("python/bootstrap.py").toString());
                env.put("PYTHONPATH", join(layerDirs(spec, "python/lib/python" + interpreter.version()
                        + "/site-packages", "python")));
                env.put("PYTHONUNBUFFERED", "1");
            }
            case JAVA -> {
                // Lambda's own Java runtime flags: a quick-starting JIT and the serial collector.
                command.addAll(List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                        JavaRuntimeMain.class.getName()));
                List<String> classpath = new ArrayList<>();
                classpath.add(spec.codeDirectory().toString());
                if (Files.isDirectory(spec.codeDirectory().resolve("lib"))) {
                    classpath.add(spec.codeDirectory().resolve("lib") + File.separator + "*");
                }
                for (Path layer : layerDirs(spec, "java/lib")) {
                    classpath.add(layer + File.separator + "*");
                }
                env.put(JavaRuntimeMain.CLASSPATH_VARIABLE, String.join(File.pathSeparator, classpath));
            }
            case PROVIDED -> command.add(providedBootstrap(spec).toString());
        }
        env.putAll(spec.environment());
        return new Launch(command, env, spec.codeDirectory());
    }

    /** {@code bootstrap} in the code directory, else in a layer, as Lambda looks for it. */
    private static Path providedBootstrap(FunctionSpec spec) {
        List<Path> places = new ArrayList<>();
        places.add(spec.codeDirectory().resolve("bootstrap"));
        spec.layers().forEach(l -> places.add(l.resolve("bootstrap")));
        for (Path place : places) {
            if (Files.isRegularFile(place)) {
                if (!Files.isExecutable(place)) {
                    throw new RuntimeStartException("function " + spec.name() + ": " + place + " is not executable, "
                            + "and Lambda runs it directly; run chmod +x " + place);
                }
                return place;
            }
        }
        throw new RuntimeStartException("function " + spec.name() + " has runtime " + spec.runtime().name()
                + " but no bootstrap file in " + spec.codeDirectory() + (spec.layers().isEmpty() ? ""
                : " or its layers") + "; add an executable bootstrap that speaks the Lambda Runtime API");
    }

    private static Map<String, String> lambdaEnvironment(FunctionSpec spec, String runtimeApi) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", spec.handler());
        env.put("LAMBDA_TASK_ROOT", spec.codeDirectory().toString());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime().name());
        env.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memorySize()));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter
                .ofPattern("yyyy/MM/dd")) + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", ""));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", ContextValues.REGION);
        env.put("AWS_DEFAULT_REGION", ContextValues.REGION);
        env.put("AWS_ACCESS_KEY_ID", TEST_ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", TEST_SECRET_KEY);
        env.put("AWS_SESSION_TOKEN", TEST_SESSION_TOKEN);
        env.put("TZ", ":UTC");
        List<Path> bins = layerDirs(spec, "bin");
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("PATH", bins.isEmpty() ? path : join(bins) + File.pathSeparator + path);
        return env;
    }

    /** The given sub-directories of every layer that has them, in layer order. */
    private static List<Path> layerDirs(FunctionSpec spec, String... subdirectories) {
        List<Path> out = new ArrayList<>();
        for (Path layer : spec.layers()) {
            for (String sub : subdirectories) {
                Path dir = layer.resolve(sub);
                if (Files.isDirectory(dir)) {
                    out.add(dir);
                }
            }
        }
        return out;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
