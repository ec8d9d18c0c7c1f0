package dev.apigw.openapi.source;

/**
 * Building and walking RFC 6901 JSON pointers as plain strings. Strings (not Jackson's {@code JsonPointer}) because
 * pointers are map keys in {@link SourceMap} and travel inside {@code SourceLocation}s.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer to member {@code key} of the object at {@code parent}; {@code ~} and {@code /} are escaped. */
    public static String child(String parent, String key) {
        return parent + "/" + escape(key);
    }

    /** The pointer to element {@code index} of the array at {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer one level up; the root's parent is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    public static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    public static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Accepts the forms people paste: {@code null}, {@code ""}, {@code "/"}-less paths and {@code #/a/b} URI
     * fragments, and returns a canonical pointer ({@code ""} for the root).
     */
    public static String normalize(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("#")) {
            return "";
        }
        String p = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        if (p.equals("/")) {
            return "";
        }
        return p.startsWith("/") ? p : "/" + p;
    }
}
