package dev.apigw.simulator.server;

/** Where the simulator listens: host and port ({@code 0} picks a free port). */
public record ServerSettings(String host, int port) {
    public ServerSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 but was " + port);
        }
    }
}
