package dev.apigw.openapi.cfn;

import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.diag.SourceLocation;
import dev.apigw.openapi.source.SourceDocument;
import java.util.List;

/** Rule ids of template extraction and the one way its failures become exceptions. */
public final class TemplateProblems {

    /** No usable API definition in the template, or one apigw cannot read (S3, missing file) (error). */
    public static final String NO_DEFINITION = "APIGW-CFN-001";
    /** A DefinitionUri file uses intrinsic functions, which SAM would not resolve (warning). */
    public static final String INTRINSICS_IN_DEFINITION_URI = "APIGW-CFN-002";

    private TemplateProblems() {
    }

    static ApigwException input(SourceDocument doc, String pointer, String message, String hint) {
        return exception(ApigwException.Kind.INPUT, doc, pointer, message, hint);
    }

    /** For choices the command line must make ({@code --resource}), which map to the usage exit code. */
    static ApigwException usage(SourceDocument doc, String message, String hint) {
        return exception(ApigwException.Kind.USAGE, doc, "/Resources", message, hint);
    }

    private static ApigwException exception(ApigwException.Kind kind, SourceDocument doc, String pointer,
            String message, String hint) {
        SourceLocation where = doc.locate(pointer);
        Diagnostic diagnostic = Diagnostic.error(NO_DEFINITION, where, message, hint);
        return new ApigwException(kind, where.display() + ": " + message + " (" + hint + ")", List.of(diagnostic));
    }
}
