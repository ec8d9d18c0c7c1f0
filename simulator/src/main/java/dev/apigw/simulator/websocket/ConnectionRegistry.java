package dev.apigw.simulator.websocket;

import java.util.Collection;
import java.util.Optional;

/**
 * The open connections of every stage, by connection id. Shared by all stages and kept across hot reloads; an
 * interface so a store shared by several simulator instances can back it later.
 */
public interface ConnectionRegistry {
    void add(Connection connection);

    Optional<Connection> find(String connectionId);

    /** Removes the connection; empty when it was already gone (so {@code $disconnect} runs once). */
    Optional<Connection> remove(String connectionId);

    Collection<Connection> all();

    static ConnectionRegistry inMemory() {
        return new InMemoryConnectionRegistry();
    }
}
