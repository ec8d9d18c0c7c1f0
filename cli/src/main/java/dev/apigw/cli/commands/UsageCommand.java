package dev.apigw.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.apigw.cli.BaseCommand;
import dev.apigw.cli.mixin.OutputMixin;
import dev.apigw.cli.output.JsonOutput;
import dev.apigw.model.diag.ApigwException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code apigw usage}: asks a running {@code apigw serve} how much of their usage plan quotas its API keys used,
 * like {@code aws apigateway get-usage}, and prints one row per key and plan (or the JSON document).
 */
@Command(name = "usage",
        description = "Show the usage plan quota each API key used on a running 'apigw serve' (like aws "
                + "apigateway get-usage).")
public final class UsageCommand extends BaseCommand {
    /** Where {@code apigw serve} answers usage questions, apart from the API's own paths. */
    static final String ENDPOINT = "/_apigw/usage";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:3000",
            description = "Address of the running 'apigw serve' (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--key", paramLabel = "NAME", description = "Only this API key (its name or id).")
    String key;

    @Mixin
    OutputMixin output;

    @Override
    public Integer call() {
        URI target = target();
        JsonNode report = parse(fetch(target), target);
        if (output.json()) {
            JsonOutput.write(out(), report);
        } else {
            printText(report);
        }
        return EXIT_OK;
    }

    private URI target() {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String query = key == null ? "" : "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        try {
            URI uri = URI.create(base + ENDPOINT + query);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw usageError("--url must be an http:// address such as http://127.0.0.1:3000, but was '" + url
                        + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw usageError("--url is not a valid address: '" + url + "'");
        }
    }

    private String fetch(URI target) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw ApigwException.input("cannot reach apigw serve at " + url + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApigwException.input("interrupted while asking " + url + " for usage");
        }
        if (response.statusCode() == 404 && key != null) {
            throw ApigwException.input("no usage plan lists an API key named or with id '" + key + "'");
        }
        if (response.statusCode() != 200) {
            throw ApigwException.input(target + " answered " + response.statusCode()
                    + "; is it an 'apigw serve' of this version?");
        }
        return response.body();
    }

    private static JsonNode parse(String body, URI target) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.path("items").isArray()) {
                throw ApigwException.input(target + " did not answer with a usage report");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApigwException.input(target + " did not answer with JSON: " + e.getOriginalMessage());
        }
    }

    private void printText(JsonNode report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"USAGE PLAN", "API KEY", "KEY ID", "USED", "REMAINING", "LIMIT", "PERIOD (UTC)"});
        for (JsonNode item : report.get("items")) {
            JsonNode quota = item.path("quota");
            String name = item.path("apiKey").asText() + (item.path("enabled").asBoolean(true) ? "" : " (disabled)");
            if (quota.isMissingNode()) {
                rows.add(new String[] {item.path("usagePlan").asText(), name, item.path("apiKeyId").asText(), "-",
                    "-", "no quota", ""});
            } else {
                rows.add(new String[] {item.path("usagePlan").asText(), name, item.path("apiKeyId").asText(),
                    quota.path("used").asText(), quota.path("remaining").asText(),
                    quota.path("limit").asText() + "/" + quota.path("period").asText(),
                    quota.path("periodStart").asText() + " .. " + quota.path("periodEnd").asText()});
            }
        }
        if (rows.size() == 1) {
            out().println("No usage plan lists an API key.");
            out().flush();
            return;
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out().println(line.toString().stripTrailing());
        }
        out().flush();
    }
}
