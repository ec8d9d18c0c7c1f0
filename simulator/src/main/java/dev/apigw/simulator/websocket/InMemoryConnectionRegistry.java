package dev.apigw.simulator.websocket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default {@link ConnectionRegistry}: a concurrent map in this process. */
final class InMemoryConnectionRegistry implements ConnectionRegistry {
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    @Override
    public void add(Connection connection) {
        connections.put(connection.id(), connection);
    }

    @Override
    public Optional<Connection> find(String connectionId) {
        return Optional.ofNullable(connections.get(connectionId));
    }

    @Override
    public Optional<Connection> remove(String connectionId) {
        return Optional.ofNullable(connections.remove(connectionId));
    }

    @Override
    public Collection<Connection> all() {
        return List.copyOf(connections.values());
    }
}
