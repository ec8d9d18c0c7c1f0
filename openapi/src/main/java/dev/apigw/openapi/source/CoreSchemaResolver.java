package dev.apigw.openapi.source;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Decides which plain YAML scalars are numbers, booleans or null. SnakeYAML's default follows YAML 1.1 to the
 * letter, which turns {@code 2010-09-09} into a date, {@code 0123} into octal 83 and {@code 1:30} into 90 — none of
 * which anyone writing an API definition means. Kept from 1.1: the {@code yes/no/on/off} booleans, which
 * CloudFormation and Jackson's YAML reader (used by swagger-parser) both honour.
 */
final class CoreSchemaResolver extends Resolver {

    static final Pattern INT = Pattern.compile("^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)$");
    static final Pattern FLOAT = Pattern.compile(
            "^[-+]?(?:[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
        addImplicitResolver(Tag.INT, INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
        addImplicitResolver(Tag.MERGE, MERGE, "<");
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
    }
}
