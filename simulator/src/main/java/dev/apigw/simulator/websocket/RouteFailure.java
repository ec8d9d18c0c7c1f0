package dev.apigw.simulator.websocket;

/**
 * A route's integration could not answer (no local function, a function error, a backend that cannot be reached,
 * a template that fails). On {@code $connect} the handshake is refused with {@link #status()}; on a message the
 * client gets API Gateway's {@code Internal server error} frame.
 */
public final class RouteFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public RouteFailure(int status, String why) {
        super(why);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
