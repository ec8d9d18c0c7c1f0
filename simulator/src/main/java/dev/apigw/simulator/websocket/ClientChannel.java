package dev.apigw.simulator.websocket;

/**
 * The client end of one WebSocket connection, as the engine sees it: the server package implements it over the real
 * socket, tests with a recording fake. Implementations must accept calls from several threads.
 */
public interface ClientChannel {
    /** Sends one text message to the client. */
    void send(String text);

    /**
     * Sends one binary message to the client. The default sends the bytes as text (for channels that only carry
     * text); the socket's channel sends a real binary frame.
     */
    default void sendBinary(byte[] data) {
        send(new String(data, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Closes the connection with a WebSocket close code (1000 normal, 1001 going away, 1009 too big...). */
    void close(int code, String reason);
}
