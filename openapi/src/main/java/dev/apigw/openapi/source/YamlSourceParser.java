package dev.apigw.openapi.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apigw.model.diag.ApigwException;
import dev.apigw.model.diag.Diagnostic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Converts SnakeYAML's node graph (which keeps start marks) into a Jackson tree. Only the composer runs, never the
 * constructor: no Java object is ever instantiated from a tag, and CloudFormation's {@code !Ref}-style tags arrive
 * intact so they can become their long JSON form.
 */
final class YamlSourceParser {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STANDARD_TAG_PREFIX = Tag.PREFIX;

    private final String file;
    private final SourceMap.Builder positions = new SourceMap.Builder();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private final CoreSchemaResolver resolver = new CoreSchemaResolver();
    /** Nodes being converted right now; meeting one again means a recursive alias. */
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlSourceParser(String file) {
        this.file = file;
    }

    static ParsedTree parse(String file, String text) {
        return new YamlSourceParser(file).run(text);
    }

    private ParsedTree run(String text) {
        Node root = compose(text);
        if (root == null) {
            throw SourceProblems.error(file, "the file is empty", "Put an OpenAPI document or template in it.");
        }
        record("", root);
        JsonNode tree = convert(root, "");
        return new ParsedTree(tree, positions.build(), warnings);
    }

    private Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        // the size limit is enforced in bytes by SourceDocument; SnakeYAML's own 3 MB default would refuse less
        options.setCodePointLimit(SourceDocument.MAX_BYTES + 1);
        // OpenAPI schemas inside a template's Resources can nest deeper than SnakeYAML's default of 50
        options.setNestingDepthLimit(500);
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), resolver, options);
            return composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw SourceProblems.error(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "malformed YAML: " + problem + context,
                    "Check indentation and quoting at this position; YAML indents with spaces, never tabs, and a"
                            + " value containing ': ' or starting with a special character needs quotes.");
        } catch (YAMLException e) {
            throw SourceProblems.error(file, "malformed YAML: " + e.getMessage(),
                    "Check the file is a single YAML document in UTF-8.");
        }
    }

    private JsonNode convert(Node node, String pointer) {
        if (!onPath.add(node)) {
            throw error(node, "a YAML alias refers to a node that contains it",
                    "Recursive anchors cannot be represented as JSON; copy the content instead.");
        }
        try {
            String tag = node.getTag().getValue();
            if (tag.startsWith(STANDARD_TAG_PREFIX)) {
                return content(node, pointer);
            }
            Optional<String> function = CloudFormationTags.longForm(tag);
            if (function.isPresent()) {
                return intrinsic(function.get(), node, pointer);
            }
            warnings.add(SourceProblems.warning(SourceProblems.UNKNOWN_TAG, file, pointer, line(node), column(node),
                    "unknown YAML tag " + tag + "; its value is kept as if untagged",
                    "Use a CloudFormation short form (!Ref, !Sub, !GetAtt, ...) or remove the tag."));
            return untagged(node, pointer);
        } finally {
            onPath.remove(node);
        }
    }

    /** {@code !Sub x} becomes {@code {"Fn::Sub": "x"}}; the inner pointer is positioned at the tag. */
    private JsonNode intrinsic(String function, Node node, String pointer) {
        String inner = JsonPointers.child(pointer, function);
        record(inner, node);
        JsonNode argument;
        if (node instanceof ScalarNode scalar) {
            argument = function.equals("Fn::GetAtt") ? getAttList(scalar, inner) : NODES.textNode(scalar.getValue());
        } else {
            argument = content(node, inner);
        }
        ObjectNode wrapper = NODES.objectNode();
        wrapper.set(function, argument);
        return wrapper;
    }

    /** {@code !GetAtt Res.Attr.Sub} means {@code ["Res", "Attr.Sub"]}: only the first dot separates. */
    private ArrayNode getAttList(ScalarNode scalar, String pointer) {
        String value = scalar.getValue();
        int dot = value.indexOf('.');
        ArrayNode list = NODES.arrayNode();
        list.add(dot < 0 ? value : value.substring(0, dot));
        record(JsonPointers.child(pointer, 0), scalar);
        if (dot >= 0) {
            list.add(value.substring(dot + 1));
            record(JsonPointers.child(pointer, 1), scalar);
        }
        return list;
    }

    /** Content under an unknown tag: scalars typed as if the tag were absent. */
    private JsonNode untagged(Node node, String pointer) {
        if (node instanceof ScalarNode scalar) {
            Tag implicit = resolver.resolve(NodeId.scalar, scalar.getValue(), scalar.isPlain());
            return scalar(implicit, scalar.getValue());
        }
        return content(node, pointer);
    }

    private JsonNode content(Node node, String pointer) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar.getTag(), scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                String child = JsonPointers.child(pointer, i);
                record(child, items.get(i));
                array.add(convert(items.get(i), child));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        mapping((MappingNode) node, pointer, object, false);
        return object;
    }

    /**
     * Fills {@code target} from a mapping. Explicit keys win over merged ({@code <<}) ones, whatever their order,
     * as the YAML merge-key spec says; merged mappings are applied after with {@code onlyAbsent}.
     */
    private void mapping(MappingNode mapping, String pointer, ObjectNode target, boolean onlyAbsent) {
        List<Node> merges = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                collectMerges(valueNode, merges);
                continue;
            }
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw error(keyNode, "a mapping key is itself a list or mapping",
                        "API definitions and templates only use plain keys; quote the key or restructure it.");
            }
            String key = keyScalar.getValue();
            if (onlyAbsent && target.has(key)) {
                continue;
            }
            String child = JsonPointers.child(pointer, key);
            if (!onlyAbsent && target.has(key)) {
                warnings.add(SourceProblems.warning(SourceProblems.DUPLICATE_KEY, file, child, line(keyNode),
                        column(keyNode), "duplicate key '" + key + "'; the last one wins",
                        "Remove or rename one of the two entries."));
                positions.removeUnder(child);
            }
            record(child, keyNode);
            target.set(key, convert(valueNode, child));
        }
        for (Node merge : merges) {
            if (!onPath.add(merge)) {
                throw error(merge, "a YAML merge key refers to a mapping that contains it",
                        "Recursive anchors cannot be represented as JSON; copy the content instead.");
            }
            try {
                mapping((MappingNode) merge, pointer, target, true);
            } finally {
                onPath.remove(merge);
            }
        }
    }

    private void collectMerges(Node value, List<Node> merges) {
        if (value instanceof MappingNode) {
            merges.add(value);
            return;
        }
        if (value instanceof SequenceNode sequence
                && sequence.getValue().stream().allMatch(n -> n instanceof MappingNode)) {
            merges.addAll(sequence.getValue());
            return;
        }
        throw error(value, "a '<<' merge key needs a mapping or a list of mappings",
                "Point '<<' at an anchored mapping, e.g. '<<: *defaults'.");
    }

    private static JsonNode scalar(Tag tag, String value) {
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            String lower = value.toLowerCase(Locale.ROOT);
            return NODES.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on"));
        }
        if (tag.equals(Tag.INT)) {
            return integer(value);
        }
        if (tag.equals(Tag.FLOAT)) {
            return floating(value);
        }
        return NODES.textNode(value);
    }

    /** The smallest integral node, as Jackson would make; text if the digits make no number after all. */
    private static JsonNode integer(String written) {
        String value = written.replace("_", "");
        try {
            BigInteger number;
            if (value.startsWith("0x")) {
                number = new BigInteger(value.substring(2), 16);
            } else if (value.startsWith("0o")) {
                number = new BigInteger(value.substring(2), 8);
            } else if (value.startsWith("0b")) {
                number = new BigInteger(value.substring(2), 2);
            } else {
                number = new BigInteger(value);
            }
            if (number.bitLength() < 32) {
                return NODES.numberNode(number.intValue());
            }
            return number.bitLength() < 64 ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
        } catch (NumberFormatException e) {
            return NODES.textNode(written);
        }
    }

    private static JsonNode floating(String written) {
        String value = written.replace("_", "");
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? NODES.numberNode(number) : NODES.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return NODES.textNode(written);
        }
    }

    private void record(String pointer, Node node) {
        positions.put(pointer, line(node), column(node));
    }

    private static int line(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static int column(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? 0 : mark.getColumn() + 1;
    }

    private ApigwException error(Node node, String message, String hint) {
        return SourceProblems.error(file, line(node), column(node), "malformed YAML: " + message, hint);
    }
}
