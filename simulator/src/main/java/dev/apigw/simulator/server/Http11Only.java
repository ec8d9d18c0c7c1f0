package dev.apigw.simulator.server;

import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that ignore a request to upgrade to cleartext HTTP/2 ({@code Upgrade: h2c},
 * {@code Upgrade: HTTP/2.0}), as API Gateway does: it answers such a request over HTTP/1.1. Jetty 12 would refuse
 * one without {@code Connection: Upgrade} with its own 400 "Invalid h2c upgrade headers" before the gateway saw it.
 * The header still reaches the request (and a proxy integration) under its own name; only Jetty's upgrade logic
 * no longer recognises it. Other upgrades (WebSocket) are untouched.
 */
final class Http11Only extends HttpConnectionFactory {
    Http11Only(HttpConfiguration config) {
        super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
            @Override
            protected RequestHandler newRequestHandler() {
                return new RequestHandler() {
                    @Override
                    public void parsedHeader(HttpField field) {
                        super.parsedHeader(http2Upgrade(field) ? new HttpField((HttpHeader) null, field.getName(), field.getValue())
                                : field);
                    }
                };
            }
        };
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** An {@code Upgrade} header naming HTTP/2 ({@code h2c}, {@code h2}, {@code HTTP/2.0}). */
    static boolean http2Upgrade(HttpField field) {
        if (field.getHeader() != HttpHeader.UPGRADE || field.getValue() == null) {
            return false;
        }
        for (String protocol : field.getValue().split(",")) {
            String p = protocol.trim().toLowerCase(Locale.ROOT);
            if (p.equals("h2c") || p.equals("h2") || p.startsWith("http/2")) {
                return true;
            }
        }
        return false;
    }
}
