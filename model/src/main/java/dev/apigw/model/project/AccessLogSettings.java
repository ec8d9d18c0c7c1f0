package dev.apigw.model.project;

import java.util.Optional;

/** Access log format ($context variables) and where to write it (stderr when no destination). */
public record AccessLogSettings(String format, Optional<String> destination) {
}
