package dev.apigw.model.project;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Optional;

/**
 * A function run as Lambda runs it: a Lambda runtime name ({@code nodejs20.x}, {@code python3.12}, {@code java21},
 * {@code provided.al2023}), the code directory or zip ({@code codeUri}, relative to the project file), the memory
 * size reported to the function, an optional cap on parallel instances, and layer directories laid out as Lambda
 * extracts them under {@code /opt}.
 */
public record FunctionRuntime(String runtime, String codeUri, int memorySize, Optional<Integer> reservedConcurrency,
        List<String> layers) {
    /** Lambda's default memory size. */
    public static final int DEFAULT_MEMORY_MB = 128;
    /** Lambda's default function timeout. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    public FunctionRuntime {
        codeUri = codeUri == null || codeUri.isBlank() ? "." : codeUri;
        memorySize = memorySize <= 0 ? DEFAULT_MEMORY_MB : memorySize;
        reservedConcurrency = reservedConcurrency == null ? Optional.empty() : reservedConcurrency;
        layers = Immutable.list(layers);
    }
}
