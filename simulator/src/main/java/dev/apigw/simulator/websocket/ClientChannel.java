package dev.apigw.simulator.websocket;

/**
 * The client end of one WebSocket connection, as the engine sees it: the server package implements it over the real
 * socket, tests with a recording fake. Implementations must accept calls from several threads.
 */
public interface ClientChannel {
    /** Sends one text message to the client. */
    void send(String text);

    /** Closes the connection with a WebSocket close code (1000 normal, 1001 going away, 1009 too big...). */
    void close(int code, String reason);
}
