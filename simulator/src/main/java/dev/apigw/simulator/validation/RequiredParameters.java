package dev.apigw.simulator.validation;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.Resource;
import dev.apigw.simulator.http.HttpHeaders;
import dev.apigw.simulator.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The required-parameter check of a request validator: required headers and query strings must be present and not
 * blank, and a required path parameter must be a part of the resource path (API Gateway checks only existence, not
 * type or format). Method parameters override the resource's. The missing names are listed as API Gateway lists them:
 * ordered by their {@code method.request.<location>.<name>} expression, so headers, then path parameters, then query
 * strings, each by name ({@code [x-header-param, issuer, qs1]}, recorded against AWS).
 */
final class RequiredParameters {
    private RequiredParameters() {
    }

    static List<String> missing(ApiDefinition api, Resource resource, Method method, HttpRequest request) {
        Map<String, Parameter> effective = new LinkedHashMap<>();
        for (List<Parameter> list : List.of(resource.parameters(), method.parameters())) {
            for (Parameter p : list) {
                api.resolve(p).filter(r -> r.in().isPresent())
                        .ifPresent(r -> effective.put(r.in().get() + ":" + r.name(), r));
            }
        }
        TreeMap<String, String> missing = new TreeMap<>();
        for (Parameter p : effective.values()) {
            if (p.required() && blank(value(p, resource, request))) {
                missing.put("method.request." + p.in().orElseThrow().requestExpressionWord() + "." + p.name(),
                        p.name());
            }
        }
        return new ArrayList<>(missing.values());
    }

    private static Optional<String> value(Parameter p, Resource resource, HttpRequest request) {
        ParameterLocation in = p.in().orElseThrow();
        return switch (in) {
            case QUERY -> {
                List<String> values = request.query().get(p.name());
                yield values == null || values.isEmpty() ? Optional.empty()
                        : Optional.ofNullable(values.get(values.size() - 1));
            }
            case HEADER -> HttpHeaders.last(request.headers(), p.name());
            case PATH -> resource.path().contains("{" + p.name() + "}")
                    || resource.path().contains("{" + p.name() + "+}") ? Optional.of("present") : Optional.empty();
            case COOKIE -> Optional.of("ignored");
        };
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
