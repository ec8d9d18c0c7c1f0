package dev.apigw.cli.routes;

import dev.apigw.cli.output.TextStyle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a REST API's resources as the console's tree (one level of indentation per path segment, each resource
 * under its parent, intermediate resources included) with each method's integration type and authorization; an
 * HTTP API's routes as a flat, aligned list of route keys.
 */
public final class RouteTreePrinter {

    private final PrintWriter out;
    private final TextStyle style;

    public RouteTreePrinter(PrintWriter out, TextStyle style) {
        this.out = out;
        this.style = style;
    }

    public void printTree(List<RouteEntry> entries) {
        Node root = new Node("/");
        for (RouteEntry entry : entries) {
            Node node = root;
            for (String part : parts(entry.resourcePath())) {
                node = node.children.computeIfAbsent(part, Node::new);
            }
            node.methods.add(entry);
        }
        int methodWidth = entries.stream().mapToInt(e -> e.httpMethod().length()).max().orElse(0);
        int typeWidth = entries.stream().mapToInt(e -> e.integrationType().length()).max().orElse(0);
        print(root, 0, methodWidth, typeWidth);
        out.flush();
    }

    public void printRoutes(List<RouteEntry> entries) {
        int keyWidth = entries.stream().mapToInt(e -> e.routeKey().length()).max().orElse(0);
        int typeWidth = entries.stream().mapToInt(e -> e.integrationType().length()).max().orElse(0);
        for (RouteEntry entry : entries) {
            out.println(style.bold(pad(entry.routeKey(), keyWidth)) + "  " + pad(entry.integrationType(), typeWidth)
                    + "  " + entry.auth().summary());
        }
        out.flush();
    }

    private void print(Node node, int depth, int methodWidth, int typeWidth) {
        String indent = "  ".repeat(depth);
        out.println(indent + style.cyan(depth == 0 ? "/" : "/" + node.part));
        for (RouteEntry method : node.methods) {
            out.println(indent + "  " + style.bold(pad(method.httpMethod(), methodWidth)) + "  "
                    + pad(method.integrationType(), typeWidth) + "  " + method.auth().summary());
        }
        for (Node child : node.children.values()) {
            print(child, depth + 1, methodWidth, typeWidth);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static List<String> parts(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static final class Node {
        final String part;
        final Map<String, Node> children = new TreeMap<>();
        final List<RouteEntry> methods = new ArrayList<>();

        Node(String part) {
            this.part = part;
        }
    }
}
