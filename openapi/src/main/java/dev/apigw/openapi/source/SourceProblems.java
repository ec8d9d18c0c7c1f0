package dev.apigw.openapi.source;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import java.util.List;

/** Rule ids and the one way this package turns a reading problem into an exception the CLI can show. */
public final class SourceProblems {

    /** The file cannot be read or parsed (error). */
    public static final String UNREADABLE = "APIGW-SOURCE-001";
    /** A YAML tag that is neither standard nor a CloudFormation short form (warning). */
    public static final String UNKNOWN_TAG = "APIGW-SOURCE-002";
    /** The same key twice in one object; the last one wins, as in most parsers (warning). */
    public static final String DUPLICATE_KEY = "APIGW-SOURCE-003";

    private SourceProblems() {
    }

    static ApigwException error(String file, int line, int column, String message, String hint) {
        SourceLocation where = new SourceLocation(file, "", line, column);
        Diagnostic diagnostic = Diagnostic.error(UNREADABLE, where, message, hint);
        return new ApigwException(ApigwException.Kind.INPUT, where.display() + ": " + message, List.of(diagnostic));
    }

    static ApigwException error(String file, String message, String hint) {
        return error(file, 0, 0, message, hint);
    }

    static Diagnostic warning(String ruleId, String file, String pointer, int line, int column, String message,
            String hint) {
        return Diagnostic.warning(ruleId, new SourceLocation(file, pointer, line, column), message, hint);
    }
}
