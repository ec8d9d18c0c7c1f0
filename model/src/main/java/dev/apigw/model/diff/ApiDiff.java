package dev.apigw.model.diff;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.Integration;
import dev.apigw.model.api.MediaType;
import dev.apigw.model.api.Method;
import dev.apigw.model.api.MethodResponse;
import dev.apigw.model.api.Parameter;
import dev.apigw.model.api.ParameterLocation;
import dev.apigw.model.api.RequestBody;
import dev.apigw.model.api.Resource;
import dev.apigw.model.validation.Pointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares two versions of an API from a client's point of view: what an existing caller may now see fail
 * (breaking) and what only adds (non-breaking). Routes are matched by shape, so renaming a path parameter
 * ({@code /pets/{id}} to {@code /pets/{petId}}) is no change for callers.
 */
public final class ApiDiff {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}+]+(\\+?)}");

    private final ApiDefinition oldApi;
    private final ApiDefinition newApi;
    private final List<Change> changes = new ArrayList<>();

    private ApiDiff(ApiDefinition oldApi, ApiDefinition newApi) {
        this.oldApi = oldApi;
        this.newApi = newApi;
    }

    /** Every change from {@code oldApi} to {@code newApi}, in the new definition's path order, removals first. */
    public static List<Change> compare(ApiDefinition oldApi, ApiDefinition newApi) {
        ApiDiff diff = new ApiDiff(oldApi, newApi);
        diff.compareRoutes();
        return List.copyOf(diff.changes);
    }

    private void compareRoutes() {
        Map<String, Resource> oldRoutes = routes(oldApi);
        Map<String, Resource> newRoutes = routes(newApi);
        oldRoutes.forEach((shape, resource) -> {
            if (!newRoutes.containsKey(shape)) {
                add(ChangeKind.ROUTE_REMOVED, "", resource.path(), Pointers.path(resource), "route removed (methods: "
                        + String.join(", ", resource.methods().stream().map(Method::httpMethod).toList()) + ")");
            }
        });
        newRoutes.forEach((shape, resource) -> {
            Resource old = oldRoutes.get(shape);
            if (old == null) {
                add(ChangeKind.ROUTE_ADDED, "", resource.path(), Pointers.path(resource), "route added (methods: "
                        + String.join(", ", resource.methods().stream().map(Method::httpMethod).toList()) + ")");
            } else {
                compareMethods(old, resource);
            }
        });
    }

    private void compareMethods(Resource oldResource, Resource newResource) {
        for (Method old : oldResource.methods()) {
            if (newResource.method(old.httpMethod()).isEmpty()) {
                add(ChangeKind.METHOD_REMOVED, old.httpMethod(), oldResource.path(),
                        Pointers.method(oldResource, old), "method removed");
            }
        }
        for (Method method : newResource.methods()) {
            Optional<Method> old = oldResource.method(method.httpMethod());
            if (old.isEmpty()) {
                add(ChangeKind.METHOD_ADDED, method.httpMethod(), newResource.path(),
                        Pointers.method(newResource, method), "method added");
            } else {
                new MethodDiff(oldResource, old.get(), newResource, method).run();
            }
        }
    }

    /** The changes within one method present in both versions. */
    private final class MethodDiff {
        private final Resource oldResource;
        private final Method oldMethod;
        private final Resource newResource;
        private final Method newMethod;
        private final String pointer;

        MethodDiff(Resource oldResource, Method oldMethod, Resource newResource, Method newMethod) {
            this.oldResource = oldResource;
            this.oldMethod = oldMethod;
            this.newResource = newResource;
            this.newMethod = newMethod;
            this.pointer = Pointers.method(newResource, newMethod);
        }

        void run() {
            compareParameters();
            compareRequestBody();
            compareAuth();
            compareResponses();
            compareIntegration();
        }

        private void compareParameters() {
            Map<String, Located> oldParams = parameters(oldApi, oldResource, oldMethod);
            Map<String, Located> newParams = parameters(newApi, newResource, newMethod);
            newParams.forEach((key, located) -> {
                Parameter p = located.parameter();
                String what = p.in().map(ParameterLocation::openApiName).orElse("") + " parameter '" + p.name() + "'";
                Located old = oldParams.get(key);
                if (old == null) {
                    add(p.required() ? ChangeKind.PARAMETER_REQUIRED_ADDED : ChangeKind.PARAMETER_OPTIONAL_ADDED,
                            located.pointer(), "new " + (p.required() ? "required " : "optional ") + what);
                    return;
                }
                if (p.required() && !old.parameter().required()) {
                    add(ChangeKind.PARAMETER_MADE_REQUIRED, located.pointer(), what + " is now required");
                } else if (!p.required() && old.parameter().required()) {
                    add(ChangeKind.PARAMETER_MADE_OPTIONAL, located.pointer(), what + " is no longer required");
                }
                if (old.parameter().schema().isPresent() && p.schema().isPresent()) {
                    schemas(old.parameter().schema().get(), p.schema().get(),
                            Pointers.child(located.pointer(), "schema"), what);
                }
            });
            oldParams.forEach((key, located) -> {
                if (!newParams.containsKey(key)) {
                    Parameter p = located.parameter();
                    add(ChangeKind.PARAMETER_REMOVED, pointer, p.in().map(ParameterLocation::openApiName).orElse("")
                            + " parameter '" + p.name() + "' removed");
                }
            });
        }

        private void compareRequestBody() {
            Optional<RequestBody> oldBody = oldMethod.requestBody();
            Optional<RequestBody> newBody = newMethod.requestBody();
            String at = Pointers.child(pointer, "requestBody");
            boolean wasRequired = oldBody.map(RequestBody::required).orElse(false);
            boolean isRequired = newBody.map(RequestBody::required).orElse(false);
            if (isRequired && !wasRequired) {
                add(ChangeKind.REQUEST_BODY_MADE_REQUIRED, at, "request body is now required");
            } else if (wasRequired && !isRequired) {
                add(ChangeKind.REQUEST_BODY_MADE_OPTIONAL, at, "request body is no longer required");
            }
            Map<String, MediaType> oldContent = oldBody.map(RequestBody::content).orElse(Map.of());
            Map<String, MediaType> newContent = newBody.map(RequestBody::content).orElse(Map.of());
            String contentPointer = Pointers.child(at, "content");
            oldContent.forEach((type, media) -> {
                MediaType now = newContent.get(type);
                if (now == null) {
                    add(ChangeKind.REQUEST_CONTENT_TYPE_REMOVED, contentPointer, "request content type " + type
                            + " removed");
                } else if (media.schema().isPresent() && now.schema().isPresent()) {
                    schemas(media.schema().get(), now.schema().get(),
                            Pointers.child(Pointers.child(contentPointer, type), "schema"), "request body " + type);
                }
            });
            // A body where there was none is reported once, above, not once per content type.
            newContent.keySet().stream().filter(type -> oldBody.isPresent() && !oldContent.containsKey(type))
                    .forEach(type ->
                    add(ChangeKind.REQUEST_CONTENT_TYPE_ADDED, Pointers.child(contentPointer, type),
                            "request content type " + type + " added"));
        }

        private void compareAuth() {
            AuthView old = AuthView.of(oldApi, oldMethod);
            AuthView now = AuthView.of(newApi, newMethod);
            String at = Pointers.child(pointer, "security");
            if (old.open() && !now.open()) {
                add(ChangeKind.AUTH_ADDED, at, "authorization now required: " + now.describe());
            } else if (!old.open() && now.open()) {
                add(ChangeKind.AUTH_REMOVED, at, "authorization removed (was " + old.describe() + ")");
            } else if (!old.mechanisms().equals(now.mechanisms())) {
                add(ChangeKind.AUTHORIZER_CHANGED, at, "authorization changed from " + old.describe() + " to "
                        + now.describe());
            } else {
                for (String mechanism : now.mechanisms()) {
                    Map<String, String> before = old.settings().getOrDefault(mechanism, Map.of());
                    Map<String, String> after = now.settings().getOrDefault(mechanism, Map.of());
                    Set<String> keys = new LinkedHashSet<>(before.keySet());
                    keys.addAll(after.keySet());
                    List<String> changed = keys.stream()
                            .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                            .map(k -> k + " " + before.getOrDefault(k, "(unset)") + " -> "
                                    + after.getOrDefault(k, "(unset)"))
                            .toList();
                    if (!changed.isEmpty()) {
                        add(ChangeKind.AUTHORIZER_CHANGED, at, mechanism + " changed: " + String.join(", ", changed));
                    }
                }
                Set<String> added = new LinkedHashSet<>(now.scopes());
                added.removeAll(old.scopes());
                if (!added.isEmpty()) {
                    add(ChangeKind.AUTHORIZER_CHANGED, at, "new required scopes " + added);
                }
            }
            if (now.apiKeyRequired() && !old.apiKeyRequired()) {
                add(ChangeKind.API_KEY_REQUIRED, at, "API key now required");
            } else if (!now.apiKeyRequired() && old.apiKeyRequired()) {
                add(ChangeKind.API_KEY_NO_LONGER_REQUIRED, at, "API key no longer required");
            }
        }

        private void compareResponses() {
            Set<String> oldStatuses = statuses(oldMethod);
            Set<String> newStatuses = statuses(newMethod);
            String at = Pointers.child(pointer, "responses");
            for (String status : oldStatuses) {
                if (!newStatuses.contains(status)) {
                    add(ChangeKind.RESPONSE_STATUS_REMOVED, Pointers.child(at, status), "response " + status
                            + " removed");
                }
            }
            for (String status : newStatuses) {
                if (!oldStatuses.contains(status)) {
                    add(ChangeKind.RESPONSE_STATUS_ADDED, Pointers.child(at, status), "response " + status + " added");
                }
            }
        }

        private void compareIntegration() {
            Optional<Integration> old = oldMethod.integration().flatMap(oldApi::resolve);
            Optional<Integration> now = newMethod.integration().flatMap(newApi::resolve);
            String at = Pointers.child(pointer, Pointers.INTEGRATION_KEY);
            String oldType = old.flatMap(Integration::type).map(Object::toString).orElse("none");
            String newType = now.flatMap(Integration::type).map(Object::toString).orElse("none");
            if (!oldType.equals(newType)) {
                add(ChangeKind.INTEGRATION_TYPE_CHANGED, at, "integration type changed from " + oldType + " to "
                        + newType);
                return;
            }
            if (old.isEmpty() || now.isEmpty()) {
                return;
            }
            List<String> changed = new ArrayList<>();
            String oldUri = old.get().uri().map(u -> u.display()).orElse("");
            String newUri = now.get().uri().map(u -> u.display()).orElse("");
            if (!oldUri.equals(newUri)) {
                changed.add("uri " + oldUri + " -> " + newUri);
            }
            if (!old.get().httpMethod().equals(now.get().httpMethod())) {
                changed.add("httpMethod " + old.get().httpMethod().orElse("(unset)") + " -> "
                        + now.get().httpMethod().orElse("(unset)"));
            }
            if (!changed.isEmpty()) {
                add(ChangeKind.INTEGRATION_CHANGED, at, "integration changed: " + String.join(", ", changed));
            }
        }

        private void schemas(Map<String, Object> oldSchema, Map<String, Object> newSchema, String at, String what) {
            changes.addAll(new SchemaDiff(oldApi, newApi, newMethod.httpMethod(), newResource.path())
                    .compare(oldSchema, newSchema, at, what));
        }

        private void add(ChangeKind kind, String at, String message) {
            ApiDiff.this.add(kind, newMethod.httpMethod(), newResource.path(), at, message);
        }
    }

    private record Located(Parameter parameter, String pointer) {}

    // Path-level parameters first, then the method's own, which override them (as in OpenAPI). Path parameters
    // are part of the route's shape and compared with it.
    private static Map<String, Located> parameters(ApiDefinition api, Resource resource, Method method) {
        Map<String, Located> byKey = new LinkedHashMap<>();
        String pathPointer = Pointers.child(Pointers.path(resource), "parameters");
        for (int i = 0; i < resource.parameters().size(); i++) {
            put(byKey, api, resource.parameters().get(i), Pointers.child(pathPointer, i));
        }
        String methodPointer = Pointers.child(Pointers.method(resource, method), "parameters");
        for (int i = 0; i < method.parameters().size(); i++) {
            put(byKey, api, method.parameters().get(i), Pointers.child(methodPointer, i));
        }
        return byKey;
    }

    private static void put(Map<String, Located> byKey, ApiDefinition api, Parameter raw, String pointer) {
        api.resolve(raw).filter(p -> !p.isIn(ParameterLocation.PATH) && p.in().isPresent()).ifPresent(p -> {
            // Header names are case-insensitive on the wire; query strings and cookies are not.
            String name = p.isIn(ParameterLocation.HEADER) ? p.name().toLowerCase(Locale.ROOT) : p.name();
            byKey.put(p.in().get().openApiName() + ":" + name, new Located(p, pointer));
        });
    }

    private static Set<String> statuses(Method method) {
        Set<String> statuses = new LinkedHashSet<>();
        method.responses().stream().map(MethodResponse::statusCode).forEach(statuses::add);
        return statuses;
    }

    private static Map<String, Resource> routes(ApiDefinition api) {
        Map<String, Resource> routes = new LinkedHashMap<>();
        for (Resource resource : api.resources()) {
            if (!resource.methods().isEmpty()) {
                routes.put(PATH_VARIABLE.matcher(resource.path()).replaceAll("{$1}"), resource);
            }
        }
        return routes;
    }

    private void add(ChangeKind kind, String method, String path, String pointer, String message) {
        changes.add(new Change(kind, method, path, pointer, message));
    }
}
