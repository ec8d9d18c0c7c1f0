package dev.apigw.model.diff;

import dev.apigw.model.api.ApiDefinition;
import dev.apigw.model.api.ModelSchema;
import dev.apigw.model.validation.Pointers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two JSON schemas that validate what clients send (request bodies and parameters): anything the new one
 * rejects that the old one accepted is breaking. Follows {@code $ref}s to the API's models; a change inside a
 * model is reported at the model's own pointer, once per method that uses it.
 */
final class SchemaDiff {

    // A self-referencing model (a tree of categories) must not recurse forever; deeper changes are rare enough.
    private static final int MAX_DEPTH = 32;

    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maxItems", "maxProperties", "maximum");
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minItems", "minProperties", "minimum");

    private final ApiDefinition oldApi;
    private final ApiDefinition newApi;
    private final String method;
    private final String path;
    private final List<Change> changes = new ArrayList<>();

    SchemaDiff(ApiDefinition oldApi, ApiDefinition newApi, String method, String path) {
        this.oldApi = oldApi;
        this.newApi = newApi;
        this.method = method;
        this.path = path;
    }

    /** The changes from {@code oldSchema} to {@code newSchema}; {@code subject} names the schema in messages. */
    List<Change> compare(Map<String, Object> oldSchema, Map<String, Object> newSchema, String pointer, String subject) {
        changes.clear();
        walk(oldSchema, newSchema, pointer, subject, "", 0);
        return List.copyOf(changes);
    }

    private void walk(Map<String, Object> oldSchema, Map<String, Object> newSchema, String pointer, String subject,
            String property, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        Resolved o = resolve(oldApi, oldSchema, pointer);
        Resolved n = resolve(newApi, newSchema, pointer);
        String at = n.pointer();
        String where = property.isEmpty() ? subject : subject + " property '" + property + "'";
        compareType(o.schema(), n.schema(), at, where);
        compareEnum(o.schema(), n.schema(), at, where);
        compareBounds(o.schema(), n.schema(), at, where);
        compareRequired(o.schema(), n.schema(), at, subject, property);
        compareProperties(o.schema(), n.schema(), at, subject, property, depth);
        if (o.schema().get("items") instanceof Map<?, ?> oi && n.schema().get("items") instanceof Map<?, ?> ni) {
            walk(map(oi), map(ni), Pointers.child(at, "items"), subject, property + "[]", depth + 1);
        }
    }

    private void compareType(Map<String, Object> o, Map<String, Object> n, String at, String where) {
        Object oldType = o.get("type");
        Object newType = n.get("type");
        if (Objects.equals(oldType, newType) || newType == null) {
            if (oldType != null && newType == null) {
                add(ChangeKind.SCHEMA_CONSTRAINT_WIDENED, at, where + ": type " + oldType + " no longer enforced");
            }
            return;
        }
        if ("integer".equals(oldType) && "number".equals(newType)) {
            add(ChangeKind.SCHEMA_CONSTRAINT_WIDENED, at, where + ": type integer widened to number");
        } else if (newType instanceof List<?> types && types.contains(oldType)) {
            add(ChangeKind.SCHEMA_CONSTRAINT_WIDENED, at, where + ": type " + oldType + " widened to " + newType);
        } else {
            add(ChangeKind.SCHEMA_TYPE_CHANGED, at, where + ": type changed from " + (oldType == null ? "any"
                    : oldType) + " to " + newType);
        }
    }

    private void compareEnum(Map<String, Object> o, Map<String, Object> n, String at, String where) {
        List<?> oldEnum = o.get("enum") instanceof List<?> l ? l : null;
        List<?> newEnum = n.get("enum") instanceof List<?> l ? l : null;
        String pointer = Pointers.child(at, "enum");
        if (newEnum == null) {
            if (oldEnum != null) {
                add(ChangeKind.SCHEMA_CONSTRAINT_WIDENED, pointer, where + ": enum removed, any value accepted");
            }
            return;
        }
        if (oldEnum == null) {
            add(ChangeKind.SCHEMA_CONSTRAINT_NARROWED, pointer, where + ": now restricted to enum " + newEnum);
            return;
        }
        for (Object value : oldEnum) {
            if (!newEnum.contains(value)) {
                add(ChangeKind.SCHEMA_ENUM_VALUE_REMOVED, pointer, where + ": enum value " + quote(value) + " removed");
            }
        }
        for (Object value : newEnum) {
            if (!oldEnum.contains(value)) {
                add(ChangeKind.SCHEMA_ENUM_VALUE_ADDED, pointer, where + ": enum value " + quote(value) + " added");
            }
        }
    }

    private void compareBounds(Map<String, Object> o, Map<String, Object> n, String at, String where) {
        for (String key : UPPER_BOUNDS) {
            bound(o.get(key), n.get(key), key, true, at, where);
        }
        for (String key : LOWER_BOUNDS) {
            bound(o.get(key), n.get(key), key, false, at, where);
        }
        Object oldPattern = o.get("pattern");
        Object newPattern = n.get("pattern");
        if (newPattern != null && !newPattern.equals(oldPattern)) {
            add(ChangeKind.SCHEMA_CONSTRAINT_NARROWED, Pointers.child(at, "pattern"), where + ": pattern "
                    + (oldPattern == null ? "added: " + newPattern : "changed from " + oldPattern + " to " + newPattern));
        } else if (newPattern == null && oldPattern != null) {
            add(ChangeKind.SCHEMA_CONSTRAINT_WIDENED, Pointers.child(at, "pattern"), where + ": pattern removed");
        }
        if (!Boolean.FALSE.equals(o.get("additionalProperties")) && Boolean.FALSE.equals(n.get("additionalProperties"))) {
            add(ChangeKind.SCHEMA_CONSTRAINT_NARROWED, Pointers.child(at, "additionalProperties"),
                    where + ": additional properties no longer allowed");
        }
        if (Boolean.TRUE.equals(o.get("nullable")) && !Boolean.TRUE.equals(n.get("nullable"))) {
            add(ChangeKind.SCHEMA_CONSTRAINT_NARROWED, Pointers.child(at, "nullable"), where + ": null no longer allowed");
        }
    }

    // An upper bound narrows when it appears or drops; a lower bound when it appears or rises.
    private void bound(Object oldValue, Object newValue, String key, boolean upper, String at, String where) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        String pointer = Pointers.child(at, key);
        if (!(newValue instanceof Number nv)) {
            if (oldValue instanceof Number) {
                add(ChangeKind.SCHEMA_CONSTRAINT_WIDENED, pointer, where + ": " + key + " " + oldValue + " removed");
            }
            return;
        }
        if (!(oldValue instanceof Number ov)) {
            add(ChangeKind.SCHEMA_CONSTRAINT_NARROWED, pointer, where + ": " + key + " " + newValue + " added");
            return;
        }
        int cmp = Double.compare(nv.doubleValue(), ov.doubleValue());
        if (cmp == 0) {
            return;
        }
        boolean narrowed = upper ? cmp < 0 : cmp > 0;
        add(narrowed ? ChangeKind.SCHEMA_CONSTRAINT_NARROWED : ChangeKind.SCHEMA_CONSTRAINT_WIDENED, pointer,
                where + ": " + key + " " + (upper == narrowed ? "lowered" : "raised") + " from " + oldValue + " to "
                        + newValue);
    }

    private void compareRequired(Map<String, Object> o, Map<String, Object> n, String at, String subject,
            String property) {
        Set<String> oldRequired = names(o.get("required"));
        Set<String> newRequired = names(n.get("required"));
        String pointer = Pointers.child(at, "required");
        for (String name : newRequired) {
            if (!oldRequired.contains(name)) {
                add(ChangeKind.SCHEMA_PROPERTY_MADE_REQUIRED, pointer, subject + " property '" + join(property, name)
                        + "' is now required");
            }
        }
        for (String name : oldRequired) {
            if (!newRequired.contains(name)) {
                add(ChangeKind.SCHEMA_PROPERTY_MADE_OPTIONAL, pointer, subject + " property '" + join(property, name)
                        + "' is no longer required");
            }
        }
    }

    private void compareProperties(Map<String, Object> o, Map<String, Object> n, String at, String subject,
            String property, int depth) {
        Map<String, Object> oldProps = o.get("properties") instanceof Map<?, ?> m ? map(m) : Map.of();
        Map<String, Object> newProps = n.get("properties") instanceof Map<?, ?> m ? map(m) : Map.of();
        Set<String> newRequired = names(n.get("required"));
        String propsPointer = Pointers.child(at, "properties");
        for (Map.Entry<String, Object> entry : newProps.entrySet()) {
            String name = entry.getKey();
            String pointer = Pointers.child(propsPointer, name);
            if (!oldProps.containsKey(name)) {
                // A new required property is reported by compareRequired; only optional ones are news here.
                if (!newRequired.contains(name)) {
                    add(ChangeKind.SCHEMA_PROPERTY_ADDED, pointer, subject + " property '" + join(property, name)
                            + "' added (optional)");
                }
            } else if (oldProps.get(name) instanceof Map<?, ?> os && entry.getValue() instanceof Map<?, ?> ns) {
                walk(map(os), map(ns), pointer, subject, join(property, name), depth + 1);
            }
        }
        boolean closed = Boolean.FALSE.equals(n.get("additionalProperties"));
        for (String name : oldProps.keySet()) {
            if (!newProps.containsKey(name)) {
                // With additionalProperties: false a client still sending it is now rejected by the validator.
                add(closed ? ChangeKind.SCHEMA_PROPERTY_REMOVED_CLOSED : ChangeKind.SCHEMA_PROPERTY_REMOVED,
                        Pointers.child(propsPointer, name), subject + " property '" + join(property, name)
                                + "' removed" + (closed ? " and additional properties are rejected" : ""));
            }
        }
    }

    private record Resolved(Map<String, Object> schema, String pointer) {}

    private static Resolved resolve(ApiDefinition api, Map<String, Object> schema, String pointer) {
        Map<String, Object> current = schema;
        String at = pointer;
        for (int hops = 0; hops < MAX_DEPTH && current.get("$ref") != null; hops++) {
            var name = ModelSchema.nameFromRef(current.get("$ref"));
            if (name.isEmpty() || !api.models().containsKey(name.get())) {
                break;
            }
            current = api.models().get(name.get()).schema();
            at = Pointers.child("/components/schemas", name.get());
        }
        return new Resolved(current, at);
    }

    private void add(ChangeKind kind, String pointer, String message) {
        changes.add(new Change(kind, method, path, pointer, message));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> raw) {
        return (Map<String, Object>) raw;
    }

    private static Set<String> names(Object raw) {
        Set<String> names = new LinkedHashSet<>();
        if (raw instanceof List<?> list) {
            list.forEach(v -> names.add(String.valueOf(v)));
        }
        return names;
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String quote(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
