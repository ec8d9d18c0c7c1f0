package dev.apigw.model.project;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lambda runtime identifier split into its family and version: {@code nodejs20.x} is Node.js 20,
 * {@code python3.12} Python 3.12, {@code java21} Java 21, {@code provided.al2023} a custom runtime.
 */
public record LambdaRuntimeName(String name, Family family, String version) {
    /** The runtime families apigw runs. */
    public enum Family { NODEJS, PYTHON, JAVA, PROVIDED }

    /** The identifiers Lambda lists as supported runtimes, written as Lambda writes them. */
    public static final List<String> SUPPORTED = List.of("nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x",
            "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14", "java8.al2",
            "java11", "java17", "java21", "java25", "provided", "provided.al2", "provided.al2023");

    private static final Pattern NODE = Pattern.compile("nodejs(\\d+)\\.x");
    private static final Pattern PYTHON = Pattern.compile("python(3\\.\\d+)");
    private static final Pattern JAVA = Pattern.compile("java(\\d+)(\\.al2)?");

    /** The runtime this name denotes, or empty when Lambda has no runtime of that name. */
    public static Optional<LambdaRuntimeName> parse(String name) {
        if (name == null || !SUPPORTED.contains(name)) {
            return Optional.empty();
        }
        if (name.startsWith("provided")) {
            return Optional.of(new LambdaRuntimeName(name, Family.PROVIDED, ""));
        }
        for (var entry : List.of(java.util.Map.entry(NODE, Family.NODEJS), java.util.Map.entry(PYTHON,
                Family.PYTHON), java.util.Map.entry(JAVA, Family.JAVA))) {
            Matcher m = entry.getKey().matcher(name);
            if (m.matches()) {
                return Optional.of(new LambdaRuntimeName(name, entry.getValue(), m.group(1)));
            }
        }
        return Optional.empty();
    }
}
