package org.marsad.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Serves the demo RSS feed that ships with the project (articles the project wrote itself, in Arabic and
 * English) on loopback, so a first run shows enriched articles within seconds and without a network.
 */
public final class DemoFeedServer implements AutoCloseable {

    static final String RESOURCE = "/demo/feed.xml";

    private final HttpServer server;

    private DemoFeedServer(HttpServer server) {
        this.server = server;
    }

    public static DemoFeedServer start(int port) throws IOException {
        byte[] feed;
        try (InputStream in = DemoFeedServer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the demo feed " + RESOURCE + " is not on the classpath");
            }
            feed = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/demo/feed.xml", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                if ("HEAD".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, feed.length);
                out.write(feed);
            }
        });
        server.start();
        return new DemoFeedServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String feedUrl() {
        return "http://127.0.0.1:" + port() + "/demo/feed.xml";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
