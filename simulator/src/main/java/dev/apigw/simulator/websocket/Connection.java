package dev.apigw.simulator.websocket;

import dev.apigw.simulator.collect.FrozenMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One client connection: who connected (source IP, user agent, the handshake's headers and query string), when,
 * which stage, what the {@code $connect} authorizer established, and when it was last active. Only
 * {@link #lastActiveAt} changes.
 */
public final class Connection {
    private final String id;
    private final String stage;
    private final Instant connectedAt;
    private final String sourceIp;
    private final String userAgent;
    private final Map<String, List<String>> headers;
    private final Map<String, List<String>> query;
    private final Map<String, Object> authorizer;
    private final ClientChannel channel;
    private volatile Instant lastActiveAt;

    public Connection(String id, String stage, Instant connectedAt, String sourceIp, String userAgent,
            Map<String, List<String>> headers, Map<String, List<String>> query, Map<String, Object> authorizer,
            ClientChannel channel) {
        this.id = id;
        this.stage = stage;
        this.connectedAt = connectedAt;
        this.sourceIp = sourceIp;
        this.userAgent = userAgent;
        this.headers = FrozenMap.adopt(new java.util.LinkedHashMap<>(headers));
        this.query = FrozenMap.adopt(new java.util.LinkedHashMap<>(query));
        this.authorizer = FrozenMap.adopt(new java.util.LinkedHashMap<>(authorizer));
        this.channel = channel;
        this.lastActiveAt = connectedAt;
    }

    public String id() {
        return id;
    }

    public String stage() {
        return stage;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public String sourceIp() {
        return sourceIp;
    }

    public String userAgent() {
        return userAgent;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public Map<String, Object> authorizer() {
        return authorizer;
    }

    public ClientChannel channel() {
        return channel;
    }

    public Instant lastActiveAt() {
        return lastActiveAt;
    }

    /** A message went either way: the idle timeout starts again. */
    public void active(Instant at) {
        lastActiveAt = at;
    }

    /** The same connection talking through another channel (the socket, once the handshake completed). */
    public Connection withChannel(ClientChannel value) {
        return new Connection(id, stage, connectedAt, sourceIp, userAgent, headers, query, authorizer, value);
    }
}
