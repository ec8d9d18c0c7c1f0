package dev.apigw.cli.shell;

import dev.apigw.cli.commands.InvokeCommand;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.StageMixin;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.simulator.Simulator;
import dev.apigw.simulator.http.HttpRequest;
import dev.apigw.simulator.http.HttpResponse;
import dev.apigw.simulator.pipeline.Invocation;
import dev.apigw.simulator.pipeline.TraceEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The shell's {@code invoke METHOD PATH}: like {@code apigw invoke}, but through the shell's loaded API (as of the
 * last {@code reload}) and its long-lived simulators, with curl's short options ({@code -H}, {@code -d}).
 */
@Command(name = "invoke",
        description = "Run one request through the loaded API without a server (like the console's Test Invoke).")
public final class ShellInvokeCommand extends BaseCommand {

    private final ShellSession session;

    @Parameters(index = "0", paramLabel = "METHOD", description = "The HTTP method, e.g. GET.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "The path below the stage, e.g. /pets/7?type=dog.")
    String path;

    @Option(names = {"-H", "--header"}, paramLabel = "K=V", description = "Request header, K=V or 'K: V' "
            + "(repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--query", paramLabel = "K=V", description = "Query string parameter (repeatable).")
    List<String> query = new ArrayList<>();

    @Option(names = {"-d", "--body"}, paramLabel = "TEXT|@FILE", description = "Request body; @FILE reads a file.")
    String body;

    @Option(names = "--log", description = "Also print the execution log.")
    boolean log;

    @Mixin
    StageMixin stage;

    @Mixin
    OutputMixin output;

    public ShellInvokeCommand(ShellSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (!path.startsWith("/")) {
            throw usageError("PATH must start with '/' but was '" + path + "'");
        }
        Simulator simulator = session.simulator(stage.stage(), stage.stageVariables());
        Invocation invocation = simulator.execute(request());
        HttpResponse response = invocation.response().orElseThrow();
        List<String> trace = invocation.trace().stream().map(TraceEntry::toString).toList();
        InvokeCommand.print(out(), output.json(), response, trace, log);
        return EXIT_OK;
    }

    private HttpRequest request() {
        HttpRequest.Builder builder = HttpRequest.builder(method.toUpperCase(Locale.ROOT), path);
        for (String header : headers) {
            String[] kv = header(header);
            builder.header(kv[0], kv[1]);
        }
        for (String q : query) {
            int eq = q.indexOf('=');
            if (eq <= 0) {
                throw usageError("--query expects K=V but was '" + q + "'");
            }
            builder.query(q.substring(0, eq), q.substring(eq + 1));
        }
        if (body != null) {
            builder.body(readBody());
        }
        return builder.build();
    }

    /** {@code K=V}, or curl's {@code K: V}, whichever separator comes first. */
    private String[] header(String text) {
        int eq = text.indexOf('=');
        int colon = text.indexOf(':');
        int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
        if (at <= 0) {
            throw usageError("-H expects K=V or 'K: V' but was '" + text + "'");
        }
        return new String[] {text.substring(0, at).strip(), text.substring(at + 1).strip()};
    }

    private byte[] readBody() {
        if (!body.startsWith("@")) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        Path file = Path.of(body.substring(1));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ApigwException.input(file + ": cannot read the body: " + e.getMessage());
        }
    }
}
