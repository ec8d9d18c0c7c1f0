package dev.apigw.model.validation;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A method on its resource, with its integration already followed through a {@code $ref}, and where both sit in the
 * document. Most rules iterate over these.
 *
 * @param integrationPointer where the integration's fields are written: under the operation, or the shared entry
 *     of {@code x-amazon-apigateway-integrations} the operation refers to
 */
public record Operation(Resource resource, Method method, String pointer, Optional<Integration> integration,
        String integrationPointer) {

    public static List<Operation> of(ApiDefinition api) {
        List<Operation> out = new ArrayList<>();
        for (Resource resource : api.resources()) {
            for (Method method : resource.methods()) {
                String pointer = Pointers.method(resource, method);
                Optional<Integration> own = method.integration();
                String integrationPointer = Pointers.child(pointer, Pointers.INTEGRATION_KEY);
                if (own.isPresent() && own.get().isReference()) {
                    String ref = own.get().ref().orElse("");
                    if (ref.startsWith(ApiDefinition.INTEGRATIONS_REF_PREFIX)) {
                        integrationPointer = Pointers.child("/components/x-amazon-apigateway-integrations",
                                ref.substring(ApiDefinition.INTEGRATIONS_REF_PREFIX.length()));
                    }
                }
                out.add(new Operation(resource, method, pointer, own.flatMap(api::resolve), integrationPointer));
            }
        }
        return out;
    }

    /** {@code GET /pets/{id}}, the way people name a method in messages. */
    public String label() {
        return method.httpMethod() + " " + resource.path();
    }

    /**
     * The method request parameters API Gateway creates for this method: the operation's own and the path item's,
     * {@code $ref}s followed (an operation parameter overrides a path-level one of the same name and place).
     */
    public List<Parameter> parameters(ApiDefinition api) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : method.parameters()) {
            api.resolve(p).ifPresent(out::add);
        }
        for (Parameter p : resource.parameters()) {
            api.resolve(p).filter(r -> out.stream().noneMatch(o -> o.name().equals(r.name()) && o.in().equals(r.in())))
                    .ifPresent(out::add);
        }
        return out;
    }

    public boolean declares(ApiDefinition api, ParameterLocation location, String name) {
        boolean header = location == ParameterLocation.HEADER;
        return parameters(api).stream().anyMatch(p -> p.isIn(location)
                && (header ? p.name().equalsIgnoreCase(name) : p.name().equals(name)));
    }

    public Optional<MethodResponse> response(String status) {
        return method.responses().stream().filter(r -> r.statusCode().equals(status)).findFirst();
    }
}
