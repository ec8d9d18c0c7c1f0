package dev.apigw.simulator.websocket;

import java.util.Optional;

/**
 * What a route's integration answered: its status ({@code $connect} refuses the handshake when it is not 2xx) and,
 * after the integration response's template, the text a two-way route sends back to the client.
 */
public record RouteOutcome(int status, Optional<String> reply) {
    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
