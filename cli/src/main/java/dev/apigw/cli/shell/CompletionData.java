package dev.apigw.cli.shell;

import java.util.List;

/** What the shell's completer needs from the loaded API; an interface so the completer is tested without one. */
public interface CompletionData {

    /** Stage names: the project's stages, else the default one. */
    List<String> stageNames();

    /** The HTTP methods the API declares (ANY included when declared). */
    List<String> httpMethods();

    /** Resource paths (route paths) that have {@code method} or ANY; all paths when the method is not known. */
    List<String> routePaths(String method);
}
