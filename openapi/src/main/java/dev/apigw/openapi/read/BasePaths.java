package dev.apigw.openapi.read;

import dev.apigw.openapi.read.ImportOptions.BasePathMode;

/** AWS's {@code basepath} import option applied to resource paths. */
final class BasePaths {
    private BasePaths() {
    }

    /** The prefix to put before every path: none (ignore), the base path (prepend), or all but its first part (split). */
    static String prefix(BasePathMode mode, String basePath) {
        if (basePath == null || basePath.equals("/") || mode == BasePathMode.IGNORE) {
            return "";
        }
        if (mode == BasePathMode.PREPEND) {
            return basePath;
        }
        int second = basePath.indexOf('/', 1);
        return second < 0 ? "" : basePath.substring(second);
    }

    static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.equals("/") ? prefix : prefix + path;
    }
}
