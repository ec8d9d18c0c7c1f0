package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.Map;
import java.util.Optional;

/**
 * A string-valued extension property that may still hold an unresolved CloudFormation intrinsic
 * ({@code {"Fn::Sub": ...}}), kept verbatim so export gives back exactly what the user wrote.
 */
public sealed interface TextValue permits TextValue.Literal, TextValue.Intrinsic {

    static TextValue of(String text) {
        return new Literal(text);
    }

    /** The plain string, when this is one. */
    Optional<String> literal();

    /** The literal, or a readable rendering of the intrinsic for messages. */
    String display();

    default boolean isIntrinsic() {
        return this instanceof Intrinsic;
    }

    record Literal(String text) implements TextValue {
        public Literal {
            text = text == null ? "" : text;
        }

        @Override
        public Optional<String> literal() {
            return Optional.of(text);
        }

        @Override
        public String display() {
            return text;
        }
    }

    /** An object with exactly one key such as {@code Fn::Sub}, {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Join}. */
    record Intrinsic(Map<String, Object> expression) implements TextValue {
        public Intrinsic {
            expression = Immutable.map(expression);
        }

        public String function() {
            return expression.keySet().stream().findFirst().orElse("");
        }

        @Override
        public Optional<String> literal() {
            return Optional.empty();
        }

        @Override
        public String display() {
            return "{" + function() + ": " + expression.get(function()) + "}";
        }
    }
}
