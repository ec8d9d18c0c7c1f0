package dev.apigw.simulator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.simulator.vtl.ContextBuilder;
import dev.apigw.simulator.vtl.TemplateInput;
import dev.apigw.simulator.vtl.VtlEngine;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of rendering a typical integration request template (JSON built with {@code $input.json},
 * {@code $input.params}, {@code $context} and two {@code #foreach} loops) against hand-written string
 * concatenation producing the same text from the same input. Run with {@code bench/vtl.sh}; not part of
 * {@code mvn test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class VtlRenderBenchmark {
    static final String TEMPLATE = String.join("\n",
            "#set($allParams = $input.params())",
            "{",
            "  \"body\": $input.json('$'),",
            "  \"name\": \"$input.params('name')\",",
            "  \"id\": \"$input.params('id')\",",
            "  \"items\": [",
            "#foreach($item in $input.path('$.items'))",
            "    {\"sku\": \"$item.sku\", \"qty\": $item.qty}#if($foreach.hasNext),#end",
            "#end",
            "  ],",
            "  \"stage\": \"$context.stage\",",
            "  \"requestId\": \"$context.requestId\",",
            "  \"sourceIp\": \"$context.identity.sourceIp\",",
            "  \"headers\": {",
            "#foreach($name in $allParams.header.keySet())",
            "    \"$name\": \"$util.escapeJavaScript($allParams.header.get($name))\"#if($foreach.hasNext),#end",
            "#end",
            "  }",
            "}",
            "");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VtlEngine engine = new VtlEngine();
    private TemplateInput input;

    @Setup
    public void setUp() throws IOException {
        input = TemplateInput.builder()
                .body("{\"customer\":\"c-1\",\"items\":[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-2\",\"qty\":1},"
                        + "{\"sku\":\"C-3\",\"qty\":5}]}")
                .pathParameter("id", "42")
                .queryParameter("name", "widget")
                .header("Accept", "application/json")
                .header("User-Agent", "curl/8.0")
                .header("X-Trace", "abc")
                .context(ContextBuilder.defaults().stage("prod").requestId("9f1c2d3e-0000-4000-8000-000000000001")
                        .build())
                .build();
        String rendered = renderTemplate();
        String concatenated = concatenateBaseline();
        if (!rendered.equals(concatenated)) {
            throw new IllegalStateException("baseline differs from the template:\n" + rendered + "\n---\n" + concatenated);
        }
    }

    @Benchmark
    public String renderTemplate() {
        return engine.render("benchmark", TEMPLATE, input).output();
    }

    /** The same text built by hand: what the template would cost with no template engine at all. */
    @Benchmark
    public String concatenateBaseline() throws IOException {
        JsonNode body = JSON.readTree(input.body());
        StringBuilder sb = new StringBuilder(512);
        sb.append("{\n  \"body\": ").append(JSON.writeValueAsString(body).replace("/", "\\/")).append(",\n");
        sb.append("  \"name\": \"").append(param("name")).append("\",\n");
        sb.append("  \"id\": \"").append(param("id")).append("\",\n");
        sb.append("  \"items\": [\n");
        JsonNode items = body.get("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            sb.append("    {\"sku\": \"").append(item.get("sku").asText()).append("\", \"qty\": ")
                    .append(item.get("qty").asText()).append('}');
            if (i < items.size() - 1) {
                sb.append(',');
            }
        }
        Map<String, Object> context = input.context();
        @SuppressWarnings("unchecked")
        Map<String, Object> identity = (Map<String, Object>) context.get("identity");
        sb.append("  ],\n");
        sb.append("  \"stage\": \"").append(context.get("stage")).append("\",\n");
        sb.append("  \"requestId\": \"").append(context.get("requestId")).append("\",\n");
        sb.append("  \"sourceIp\": \"").append(identity.get("sourceIp")).append("\",\n");
        sb.append("  \"headers\": {\n");
        int n = 0;
        for (Map.Entry<String, List<String>> header : input.headers().entrySet()) {
            List<String> values = header.getValue();
            sb.append("    \"").append(header.getKey()).append("\": \"")
                    .append(values.get(values.size() - 1).replace("/", "\\/")).append('"');
            if (++n < input.headers().size()) {
                sb.append(',');
            }
        }
        sb.append("  }\n}\n");
        return sb.toString();
    }

    private String param(String name) {
        String path = input.pathParameters().get(name);
        if (path != null) {
            return path;
        }
        List<String> query = input.queryParameters().get(name);
        return query == null ? "" : query.get(query.size() - 1);
    }
}
