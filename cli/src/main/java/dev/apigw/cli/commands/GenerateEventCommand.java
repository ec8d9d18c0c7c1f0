package dev.apigw.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.mixin.Verbosity;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.simulator.events.EventInput;
import dev.apigw.simulator.events.EventType;
import dev.apigw.simulator.events.SampleEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apigw generate-event TYPE}: a sample of the event API Gateway sends a Lambda function (proxy integrations,
 * authorizers, WebSocket routes), for testing the function locally, like {@code sam local generate-event}. The event
 * is built by the simulator's own code ({@link EventType}, {@link SampleEvents}); this class only reads options
 * and writes the result.
 */
@Command(name = "generate-event",
        description = {"Print a sample of the event API Gateway sends a Lambda function, for testing it locally.",
            "Without TYPE (or with --list) it lists the types. The event goes to stdout, or to --output-file FILE "
                    + "(then a summary goes to stderr, or with --output json to stdout: {\"type\", \"file\", "
                    + "\"bytes\"}).",
            "--method, --path, --resource, --header, --query and --body describe the client's request; --token is "
                    + "an authorizer's token (also sent as the Authorization header)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Event (or the list of types) written.",
            "2:Usage error: unknown TYPE, a bad option value, a path that does not match --resource.",
            "3:The --body file cannot be read; FILE exists (use --force) or cannot be written."
        })
public final class GenerateEventCommand extends BaseCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern API_ID = Pattern.compile("[a-z0-9]+");
    /** The characters API Gateway accepts in stage variable names (as StageMixin checks them). */
    private static final Pattern STAGE_VARIABLE = Pattern.compile("[A-Za-z0-9_]+");

    /** The type names, for completion and {@code --help}. */
    static final class Types implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return EventType.ids().iterator();
        }
    }

    @Parameters(paramLabel = "TYPE", arity = "0..1", completionCandidates = Types.class,
            description = "${COMPLETION-CANDIDATES}.")
    String type;

    @Option(names = "--list", description = "List the event types, one per line.")
    boolean list;

    @Option(names = "--method", paramLabel = "VERB", defaultValue = "GET",
            description = "The request's HTTP method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--path", paramLabel = "PATH", defaultValue = "/",
            description = "The path below the stage, as sent (URL-encoded), optionally with ?query "
                    + "(default: ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--resource", paramLabel = "RESOURCE",
            description = "The REST resource or HTTP API route the path matched, e.g. /pets/{id}; gives "
                    + "pathParameters (default: the path itself for REST APIs, the $default route for HTTP APIs).")
    String resource;

    @Option(names = "--body", paramLabel = "TEXT|@FILE", description = "Request body (a WebSocket message); "
            + "@FILE reads a file.")
    String body;

    @Option(names = "--header", paramLabel = "K=V",
            description = "Request header (repeatable); replaces the default header of that name.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--query", paramLabel = "K=V", description = "Query string parameter (repeatable).")
    List<String> query = new ArrayList<>();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Authorizer events: the token, sent as the Authorization header (default: the "
                    + "Authorization header given, else '" + SampleEvents.DEFAULT_TOKEN + "').")
    String token;

    @Option(names = "--source-ip", paramLabel = "IP", defaultValue = "127.0.0.1",
            description = "The client's address (default: ${DEFAULT-VALUE}).")
    String sourceIp;

    @Option(names = "--time", paramLabel = "INSTANT",
            description = "When the request arrived, e.g. 2015-04-09T12:34:56Z (default: now).")
    String time;

    @Option(names = "--api-id", paramLabel = "ID",
            description = "The API id in requestContext, domainName and ARNs (default: a sample id, the same on "
                    + "every run).")
    String apiId;

    @Option(names = "--binary-media-type", paramLabel = "TYPE",
            description = "apigateway-aws-proxy: a binary media type of the API (repeatable); a body of that "
                    + "Content-Type is base64-encoded.")
    List<String> binaryMediaTypes = new ArrayList<>();

    @Option(names = "--route-key", paramLabel = "KEY", description = "websocket-message: the route key (default: "
            + "the body's action, as " + SampleEvents.ROUTE_SELECTION + " selects it, else $default).")
    String routeKey;

    @Option(names = "--close-code", paramLabel = "CODE", defaultValue = "1001",
            description = "websocket-disconnect: the close code (default: ${DEFAULT-VALUE}).")
    int closeCode;

    @Option(names = "--close-reason", paramLabel = "TEXT", defaultValue = "",
            description = "websocket-disconnect: the close reason (default: empty).")
    String closeReason;

    @Option(names = "--no-default-headers", negatable = false,
            description = "Send only the --header headers (no Host, User-Agent, X-Forwarded-*...).")
    boolean noDefaultHeaders;

    @Option(names = "--output-file", paramLabel = "FILE", description = "Write the event to FILE.")
    Path outputFile;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--stage", paramLabel = "NAME", description = "The stage (default: "
            + SampleEvents.DEFAULT_STAGE + ", and $default for the http-api-* types).")
    String stage;

    @Option(names = "--stage-var", paramLabel = "KEY=VALUE", description = "A stage variable (repeatable).")
    Map<String, String> stageVariables = new LinkedHashMap<>();

    @Mixin
    OutputMixin output;

    /** One line of {@code --list}. */
    record TypeEntry(String type, String description) {}

    /** The {@code --output json} document of {@code --list}. */
    record TypeList(List<TypeEntry> types) {}

    /** The {@code --output json} document when the event went to a file. */
    record Written(String type, String file, int bytes) {}

    @Override
    public Integer call() {
        if (list || type == null) {
            printTypes();
            return EXIT_OK;
        }
        EventType eventType = EventType.byId(type.toLowerCase(Locale.ROOT)).orElseThrow(() -> usageError(
                "unknown event type '" + type + "'; valid types: " + String.join(", ", EventType.ids())));
        EventInput input = input();
        if (outputFile != null && Files.exists(outputFile) && !force) {
            throw ApigwException.input(outputFile + " already exists; pass --force to replace it");
        }
        String text;
        try {
            text = pretty(eventType.build(input));
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (outputFile == null) {
            out().print(text);
            out().flush();
            if (output.verbosity() == Verbosity.VERBOSE) {
                err().println("apigw: " + eventType + " event (" + bytes + " bytes)");
                err().flush();
            }
            return EXIT_OK;
        }
        try {
            Files.writeString(outputFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApigwException(ApigwException.Kind.INPUT, "cannot write " + outputFile + ": "
                    + e.getMessage(), e);
        }
        if (output.json()) {
            JsonOutput.write(out(), new Written(eventType.id(), outputFile.toString(), bytes));
        } else if (output.verbosity() != Verbosity.QUIET) {
            err().println("apigw: wrote the " + eventType + " event to " + outputFile + " (" + bytes + " bytes)");
            err().flush();
        }
        return EXIT_OK;
    }

    private void printTypes() {
        List<TypeEntry> entries = java.util.Arrays.stream(EventType.values())
                .map(t -> new TypeEntry(t.id(), t.summary())).toList();
        if (output.json()) {
            JsonOutput.write(out(), new TypeList(entries));
            return;
        }
        int width = entries.stream().mapToInt(e -> e.type().length()).max().orElse(0);
        entries.forEach(e -> out().println(String.format(Locale.ROOT, "%-" + width + "s  %s", e.type(),
                e.description())));
        out().flush();
    }

    private EventInput input() {
        String verb = method.toUpperCase(Locale.ROOT);
        if (!METHOD.matcher(verb).matches()) {
            throw usageError("--method expects an HTTP method such as GET or POST, not '" + method + "'");
        }
        if (!path.startsWith("/")) {
            throw usageError("--path must start with /, not '" + path + "'");
        }
        for (String name : stageVariables.keySet()) {
            if (!STAGE_VARIABLE.matcher(name).matches()) {
                throw usageError("Invalid stage variable name '" + name + "' in --stage-var: use only letters, "
                        + "digits and underscores");
            }
        }
        if (apiId != null && !API_ID.matcher(apiId).matches()) {
            throw usageError("--api-id expects lower-case letters and digits, like a10bcd23ef, not '" + apiId + "'");
        }
        EventInput.Builder builder = EventInput.builder()
                .method(verb)
                .target(path)
                .resource(resource)
                .body(readBody())
                .stage(stage)
                .stageVariables(stageVariables)
                .sourceIp(sourceIp)
                .time(instant())
                .token(token)
                .apiId(apiId)
                .binaryMediaTypes(binaryMediaTypes)
                .routeKey(routeKey)
                .close(closeCode, closeReason)
                .defaultHeaders(!noDefaultHeaders);
        for (String header : headers) {
            String[] kv = keyValue(header, "--header");
            builder.header(kv[0], kv[1]);
        }
        for (String q : query) {
            String[] kv = keyValue(q, "--query");
            builder.query(kv[0], kv[1]);
        }
        return builder.build();
    }

    private Instant instant() {
        if (time == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw usageError("--time expects an ISO-8601 instant such as 2015-04-09T12:34:56Z, not '" + time + "'");
        }
    }

    private byte[] readBody() {
        if (body == null) {
            return new byte[0];
        }
        return bodyArgument(body);
    }


    /** The event as people read it: two-space indents, then a newline. */
    private static String pretty(byte[] event) {
        try {
            JsonNode node = JSON.readTree(event);
            return JsonOutput.toJson(node) + "\n";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
