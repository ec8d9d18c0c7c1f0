package dev.apigw.simulator.vtl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One data-driven case under {@code src/test/resources/vtl-conformance}: a template and a request taken from AWS's
 * developer guide, and what API Gateway renders for them.
 *
 * @param source  the AWS documentation page the case comes from
 * @param title   what the case shows
 * @param query   values are a string or a list of strings (repeated keys)
 * @param headers values are a string or a list of strings
 * @param context nested values merged over the fixed defaults of {@link VtlConformanceTest}
 * @param expectedError a fragment of the {@link TemplateException} message, for cases where AWS answers 5XX
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record ConformanceCase(String source, String title, String note, String template, String body,
        Map<String, String> path, Map<String, Object> query, Map<String, Object> headers,
        Map<String, String> stageVariables, Map<String, Object> context, String expected,
        Integer expectedStatusOverride, Map<String, String> expectedResponseHeaders,
        Map<String, String> expectedRequestHeaders, Map<String, String> expectedRequestQuery,
        Map<String, String> expectedRequestPath, String expectedError) {

    TemplateInput input(Map<String, Object> defaultContext) {
        TemplateInput.Builder b = TemplateInput.builder().body(body);
        if (path != null) {
            b.pathParameters(path);
        }
        if (query != null) {
            query.forEach((k, v) -> values(v).forEach(value -> b.queryParameter(k, value)));
        }
        if (headers != null) {
            headers.forEach((k, v) -> values(v).forEach(value -> b.header(k, value)));
        }
        if (stageVariables != null) {
            b.stageVariables(stageVariables);
        }
        return b.context(defaultContext).build();
    }

    private static List<String> values(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }
}
