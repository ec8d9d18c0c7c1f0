package dev.apigw.openapi.iac.resources;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The full paths of one API's {@code AWS::ApiGateway::Resource}s: each is its parent's path plus its
 * {@code PathPart} ({@code items}, {@code {id}}, {@code {proxy+}}), the parent being the API's root
 * ({@code Fn::GetAtt [Api, RootResourceId]}) or another resource ({@code Ref}). A parent that names nothing of this
 * API, or a loop of parents, is an error and leaves the resource (and its methods) out.
 */
final class ResourceTree {
    private static final Set<String> KNOWN = Set.of("ParentId", "PathPart", "RestApiId");

    private final String api;
    private final TemplateView view;
    private final Findings findings;
    private final Set<String> members;
    private final Map<String, Optional<String>> paths = new LinkedHashMap<>();

    private ResourceTree(String api, List<String> resources, TemplateView view, Findings findings) {
        this.api = api;
        this.view = view;
        this.findings = findings;
        this.members = Set.copyOf(resources);
    }

    static ResourceTree of(String api, List<String> resources, TemplateView view, Findings findings) {
        ResourceTree tree = new ResourceTree(api, resources, view, findings);
        for (String id : resources) {
            findings.unknownProperties(id, view.properties(id), KNOWN, "");
            tree.path(id, new HashSet<>());
        }
        return tree;
    }

    /**
     * The path a method's {@code ResourceId} (or any reference) names: {@code /} for the API's root, the
     * resource's path for one of its resources, else empty.
     */
    Optional<String> pathOf(Reference reference) {
        if (reference.root()) {
            return reference.logicalId().equals(api) ? Optional.of("/") : Optional.empty();
        }
        return paths.getOrDefault(reference.logicalId(), Optional.empty());
    }

    boolean contains(String resource) {
        return members.contains(resource);
    }

    private Optional<String> path(String id, Set<String> visiting) {
        if (paths.containsKey(id)) {
            return paths.get(id);
        }
        if (!visiting.add(id)) {
            findings.unresolved(id, "ParentId", "its ParentId chain loops back to itself",
                    "make the chain of ParentIds end at Fn::GetAtt [" + api + ", RootResourceId]");
            paths.put(id, Optional.empty());
            return Optional.empty();
        }
        Optional<String> path = parentPath(id, visiting).flatMap(parent -> pathPart(id)
                .map(part -> parent.equals("/") ? "/" + part : parent + "/" + part));
        paths.put(id, path);
        return path;
    }

    private Optional<String> parentPath(String id, Set<String> visiting) {
        Optional<Reference> parent = view.reference(id, "ParentId");
        String hint = "write ParentId: !GetAtt " + api + ".RootResourceId, or !Ref of another "
                + "AWS::ApiGateway::Resource of " + api;
        if (parent.isEmpty()) {
            findings.unresolved(id, "ParentId", "ParentId is missing or does not resolve", hint);
            return Optional.empty();
        }
        Reference p = parent.get();
        if (p.root() && p.logicalId().equals(api)) {
            return Optional.of("/");
        }
        if (!p.root() && members.contains(p.logicalId())) {
            return path(p.logicalId(), visiting);
        }
        String why = p.root() || view.isOfType(p.logicalId(), ApiMembers.RESOURCE)
                ? "which belongs to another API than " + api
                : "which is no AWS::ApiGateway::Resource of this template";
        findings.unresolved(id, "ParentId", "ParentId names " + p.describe() + ", " + why, hint);
        return Optional.empty();
    }

    private Optional<String> pathPart(String id) {
        Optional<String> part = view.text(id, "PathPart").filter(p -> !p.isBlank());
        if (part.isEmpty()) {
            findings.error(id, "PathPart", "PathPart is missing", "write PathPart: items (or {id}, {proxy+})");
            return Optional.empty();
        }
        if (part.get().contains("/")) {
            findings.error(id, "PathPart", "PathPart '" + part.get() + "' holds a '/'; a resource is one path "
                    + "segment", "make one AWS::ApiGateway::Resource per segment");
            return Optional.empty();
        }
        return part;
    }
}
