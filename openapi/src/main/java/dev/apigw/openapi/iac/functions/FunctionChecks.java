package dev.apigw.openapi.iac.functions;

import dev.apigw.model.diag.Diagnostic;
import dev.apigw.model.project.LambdaRuntimeName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What Lambda would refuse about a template's function (a timeout or memory size outside Lambda's limits: an
 * error), and what would fail at its first invocation here (a code directory that is not there, a handler whose
 * file or function the code does not have: a warning, since the template itself deploys and the code may be
 * built elsewhere), each at the property's line.
 */
final class FunctionChecks {
    static final String RULE = "APIGW-TEMPLATE-004";

    private final String id;
    private final String at;
    private final Function<String, dev.apigw.model.diag.SourceLocation> locate;
    private final List<Diagnostic> out;

    FunctionChecks(String id, String at, Function<String, dev.apigw.model.diag.SourceLocation> locate,
            List<Diagnostic> out) {
        this.id = id;
        this.at = at;
        this.locate = locate;
        this.out = out;
    }

    void limits(Optional<Integer> timeout, int memory) {
        timeout.filter(t -> t > 900).ifPresent(t -> error("/Timeout", "function " + id + " has Timeout " + t
                + ", and Lambda allows 1 to 900 seconds", "write Timeout: 30 (API Gateway waits at most 29 s)"));
        // SAM CLI's own test templates write Timeout: 0 for "the default"; CloudFormation would refuse it.
        timeout.filter(t -> t < 1).ifPresent(t -> warn("/Timeout", "function " + id + " has Timeout " + t
                + ", which Lambda refuses (1 to 900 seconds); apigw runs it with Lambda's default of 3 s",
                "write Timeout: 3, or leave it out"));
        if (memory != 0 && (memory < 128 || memory > 10240)) {
            error("/MemorySize", "function " + id + " has MemorySize " + memory + ", and Lambda allows 128 to 10240 "
                    + "MB", "write MemorySize: 256");
        }
    }

    /** The code directory and, for Node.js and Python, the handler's file and function in it. */
    void code(Path directory, String property, LambdaRuntimeName runtime, String handler) {
        if (!Files.exists(directory)) {
            warn("/" + property, "function " + id + ": its " + property + " " + directory + " does not exist",
                    "point " + property + " at the directory holding the function's code, relative to the template");
            return;
        }
        if (!Files.isDirectory(directory)) {
            return; // a .zip: its content is checked when it is extracted
        }
        int dot = handler.lastIndexOf('.');
        if (runtime.family() == LambdaRuntimeName.Family.NODEJS || runtime.family() == LambdaRuntimeName.Family.PYTHON) {
            if (dot <= 0 || dot == handler.length() - 1) {
                warn("/Handler", "function " + id + " has Handler '" + handler + "', which names no file and "
                        + "function", "write Handler: app.handler (file app, function handler)");
                return;
            }
        } else {
            return;
        }
        boolean node = runtime.family() == LambdaRuntimeName.Family.NODEJS;
        // Node.js: the module ends at the first dot after the last slash; Python: at the last dot.
        int slash = handler.lastIndexOf('/');
        int split = node ? handler.indexOf('.', slash + 1) : dot;
        String module = handler.substring(0, split);
        String function = handler.substring(split + 1);
        Optional<Path> file = node ? nodeFile(directory, module) : pythonFile(directory, module);
        if (file.isEmpty()) {
            warn("/Handler", "function " + id + ": Handler '" + handler + "' names " + module + (node
                    ? ".js, .mjs or .cjs" : ".py") + ", which is not in " + directory, "fix the Handler or the "
                    + "CodeUri so that the file is found as Lambda finds it");
            return;
        }
        String name = function.contains(".") ? function.substring(0, function.indexOf('.')) : function;
        if (!mentions(file.get(), name)) {
            warn("/Handler", "function " + id + ": " + file.get().getFileName() + " does not define '" + name
                    + "', which Handler '" + handler + "' names", node ? "export it: exports." + name
                    + " = async (event) => ..." : "define it: def " + name + "(event, context):");
        }
    }

    private static Optional<Path> nodeFile(Path directory, String module) {
        for (String ext : List.of("", ".js", ".mjs", ".cjs")) {
            Path file = directory.resolve(module + ext);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> pythonFile(Path directory, String module) {
        String path = module.replace('.', '/');
        for (Path file : List.of(directory.resolve(path + ".py"), directory.resolve(path).resolve("__init__.py"))) {
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Whether the name appears in the file as a word: a cheap check that cannot say a real handler is missing. */
    private static boolean mentions(Path file, String name) {
        try {
            return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(Files.readString(file)).find();
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    private void error(String property, String message, String hint) {
        out.add(Diagnostic.error(RULE, locate.apply(at + property), message, hint));
    }

    private void warn(String property, String message, String hint) {
        out.add(Diagnostic.warning(RULE, locate.apply(at + property), message, hint));
    }
}
