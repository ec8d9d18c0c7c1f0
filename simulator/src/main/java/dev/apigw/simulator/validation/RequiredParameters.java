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

/**
 * The required-parameter check of a request validator: required query strings and headers must be present and not
 * blank (API Gateway checks only existence, not type or format). Method parameters override the resource's.
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
        List<String> missing = new ArrayList<>();
        for (Parameter p : effective.values()) {
            if (p.required() && blank(value(p, request))) {
                missing.add(p.name());
            }
        }
        return missing;
    }

    private static Optional<String> value(Parameter p, HttpRequest request) {
        ParameterLocation in = p.in().orElseThrow();
        return switch (in) {
            case QUERY -> {
                List<String> values = request.query().get(p.name());
                yield values == null || values.isEmpty() ? Optional.empty()
                        : Optional.ofNullable(values.get(values.size() - 1));
            }
            case HEADER -> HttpHeaders.last(request.headers(), p.name());
            case PATH -> Optional.of("present");
            case COOKIE -> Optional.of("ignored");
        };
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
