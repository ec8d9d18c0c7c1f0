package dev.apigw.model.api;

import dev.apigw.model.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource of the API's tree, identified by its full path ({@code /pets/{petId}}); its parent is the path
 * without the last segment. Path-level parameters apply to every method.
 */
public record Resource(
        String path,
        List<Method> methods,
        List<Parameter> parameters,
        Map<String, Object> documentation) {

    public Resource {
        methods = Immutable.list(methods);
        parameters = Immutable.list(parameters);
        documentation = Immutable.map(documentation);
    }

    public Optional<Method> method(String httpMethod) {
        return methods.stream().filter(m -> m.httpMethod().equalsIgnoreCase(httpMethod)).findFirst();
    }

    /** The last path segment, API Gateway's {@code pathPart}; empty for the root. */
    public String pathPart() {
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }

    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    public boolean isGreedy() {
        return path.endsWith("+}");
    }
}
