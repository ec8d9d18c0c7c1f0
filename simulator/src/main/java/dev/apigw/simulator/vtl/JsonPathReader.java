package dev.apigw.simulator.vtl;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.TypeRef;
import com.jayway.jsonpath.spi.mapper.MappingProvider;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the JSONPath expressions of {@code $input.path} / {@code $input.json}. Expressions are compiled once
 * and shared across renders and threads; Jayway's compiled paths are immutable.
 */
final class JsonPathReader {
    /** Marks "the path matched nothing", distinct from a JSON null. */
    static final Object NO_MATCH = new Object();

    private static final int MAX_CACHED_PATHS = 4096;

    private final ConcurrentHashMap<String, JsonPath> compiled = new ConcurrentHashMap<>();
    private final Configuration configuration = Configuration.builder()
            .jsonProvider(new VtlJsonProvider())
            .mappingProvider(new NoMapping())
            .build();

    /** The value at {@code expression}, {@link #NO_MATCH} when nothing matches. */
    Object read(Object document, String expression) {
        String path = expression == null || expression.isBlank() ? "$" : expression.strip();
        if ("$".equals(path)) {
            return document;
        }
        try {
            return compile(path).read(document, configuration);
        } catch (PathNotFoundException e) {
            return NO_MATCH;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid JSONPath '" + expression + "': " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // Jayway refuses null documents (a body of "null"): nothing below the root exists.
            return NO_MATCH;
        }
    }

    private JsonPath compile(String path) {
        JsonPath cached = compiled.get(path);
        if (cached != null) {
            return cached;
        }
        if (compiled.size() >= MAX_CACHED_PATHS) {
            compiled.clear();
        }
        return compiled.computeIfAbsent(path, p -> JsonPath.compile(p));
    }

    /** Typed reads are never used; this keeps Jayway from loading json-smart's mapper. */
    private static final class NoMapping implements MappingProvider {
        @Override
        public <T> T map(Object source, Class<T> targetType, Configuration configuration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T map(Object source, TypeRef<T> targetType, Configuration configuration) {
            throw new UnsupportedOperationException();
        }
    }
}
