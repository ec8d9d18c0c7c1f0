package dev.apigw.openapi.iac.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.openapi.source.JsonPointers;
import java.util.Optional;

/**
 * One {@code Api} or {@code HttpApi} event of a function (or state machine), its properties resolved.
 *
 * @param source the logical id of the function or state machine the event belongs to
 * @param sourceType its type ({@code AWS::Serverless::Function}, {@code AWS::Serverless::StateMachine})
 * @param eventId the event's name under {@code Events}
 * @param type {@code Api} or {@code HttpApi}
 * @param pointer {@code /Resources/Fn/Properties/Events/Id}
 * @param targetsOtherKind an HttpApi event naming a REST API (SAM accepts it for backwards compatibility)
 */
record ApiEvent(String source, String sourceType, String eventId, String type, ObjectNode properties,
        String pointer, boolean targetsOtherKind) {

    boolean isFunction() {
        return sourceType.equals("AWS::Serverless::Function");
    }

    JsonNode get(String name) {
        return properties.path(name);
    }

    Optional<String> text(String name) {
        JsonNode value = properties.path(name);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** {@code pointer/Properties/a/b}. */
    String pointer(String... path) {
        String out = JsonPointers.child(pointer, "Properties");
        for (String segment : path) {
            out = JsonPointers.child(out, segment);
        }
        return out;
    }

    /** {@code Function.Event}, how messages name the event. */
    String name() {
        return source + "." + eventId;
    }
}
