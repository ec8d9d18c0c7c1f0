package dev.apigw.simulator.cache;

import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.pipeline.Invocation;
import java.util.Locale;

/** What the client's {@code Cache-Control} asks of the API cache, and whether it may ask it. */
final class CacheControl {
    /**
     * The header added when an unauthorized {@code max-age=0} is ignored under SUCCEED_WITH_RESPONSE_HEADER. AWS
     * documents that it adds "a warning header" but not its text; this is the HTTP {@code Warning} header with
     * the miscellaneous-warning code 199.
     */
    static final String WARNING_HEADER = "Warning";
    static final String WARNING_VALUE = "199 - \"Cache-Control: max-age=0 ignored: the caller is not authorized "
            + "to invalidate the cache\"";

    private CacheControl() {
    }

    /** True when a {@code Cache-Control} header carries the {@code max-age=0} directive. */
    static boolean wantsFresh(Invocation inv) {
        for (String value : HttpHeaders.all(inv.request().headers(), "Cache-Control")) {
            for (String directive : value.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (d.equals("max-age=0") || d.equals("max-age=\"0\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the caller may invalidate: the simulator counts a request as authorized when it was IAM-signed, i.e.
     * SigV4 verification set {@code $context.identity.accessKey}; AWS further checks the caller's policy allows
     * {@code execute-api:InvalidateCache}, which the simulator does not model.
     */
    static boolean authorized(Invocation inv) {
        String key = inv.identity().get("accessKey");
        return key != null && !key.isEmpty();
    }
}
