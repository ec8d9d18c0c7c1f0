package dev.apigw.openapi.cfn;

/**
 * Thrown inside the resolver when an intrinsic cannot be evaluated; caught where the walk leaves intrinsic
 * arguments, which then keeps the outermost intrinsic verbatim. Carries no stack trace: it is control flow.
 */
final class Unresolved extends RuntimeException {

    private final String reason;
    private final String hint;
    private String pointer;

    Unresolved(String reason, String hint) {
        super(reason, null, false, false);
        this.reason = reason;
        this.hint = hint;
    }

    /** Records where it happened; the innermost function's pointer wins because it is the one to fix. */
    Unresolved at(String where) {
        if (pointer == null) {
            pointer = where;
        }
        return this;
    }

    String reason() {
        return reason;
    }

    String hint() {
        return hint;
    }

    String pointer() {
        return pointer;
    }
}
