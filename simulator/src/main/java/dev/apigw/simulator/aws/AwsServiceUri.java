package dev.apigw.simulator.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AWS integration URI, {@code arn:aws:apigateway:{region}:{[subdomain.]service}:{action|path}/{rest}}:
 * {@code action/PutItem} names an API action (with optional {@code &Name=value} parameters after it), while
 * {@code path/...} is the service's own request path (SQS {@code path/{account}/{queue}},
 * S3 {@code path/{bucket}/{key}}).
 *
 * @param service           the service as written after the subdomain ({@code sqs}, {@code dynamodb}, {@code states})
 * @param subdomain         the designated subdomain before the service, if any
 * @param actionParameters  for action URIs, the parameters written after the action name
 */
public record AwsServiceUri(String region, String service, Optional<String> subdomain, Kind kind, String target,
        Map<String, List<String>> actionParameters) {

    /** Whether the URI names an API action or a service path. */
    public enum Kind { ACTION, PATH }

    private static final Pattern ARN =
            Pattern.compile("^arn:aws[a-z-]*:apigateway:([^:]*):([^:]+):(action|path)/(.*)$", Pattern.DOTALL);

    public AwsServiceUri {
        actionParameters = Map.copyOf(actionParameters);
    }

    public static Optional<AwsServiceUri> parse(String uri) {
        Matcher m = ARN.matcher(uri == null ? "" : uri.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String serviceComponent = m.group(2);
        int dot = serviceComponent.lastIndexOf('.');
        Optional<String> subdomain = dot < 0 ? Optional.empty() : Optional.of(serviceComponent.substring(0, dot));
        String service = serviceComponent.substring(dot + 1);
        Kind kind = m.group(3).equals("action") ? Kind.ACTION : Kind.PATH;
        String rest = m.group(4);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (kind == Kind.ACTION) {
            String[] parts = rest.split("&");
            rest = parts[0];
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    continue;
                }
                int eq = parts[i].indexOf('=');
                String name = decode(eq < 0 ? parts[i] : parts[i].substring(0, eq));
                String value = eq < 0 ? "" : decode(parts[i].substring(eq + 1));
                parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return Optional.of(new AwsServiceUri(m.group(1), service, subdomain, kind, rest, parameters));
    }

    /** Lambda URIs ({@code lambda:path/2015-03-31/functions/.../invocations}) run a local function instead. */
    public static boolean isLambda(String uri) {
        return parse(uri).map(u -> u.service().equals("lambda")).orElse(false);
    }

    /** The region to sign for; {@code us-east-1} when the URI leaves it empty. */
    public String signingRegion() {
        return region.isEmpty() ? "us-east-1" : region;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
