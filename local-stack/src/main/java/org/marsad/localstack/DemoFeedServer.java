package org.marsad.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Serves the demo RSS feeds that ship with the project (articles the project wrote itself, in Arabic and
 * English) on loopback, so a first run shows enriched articles within seconds and without a network. Two
 * outlets report two of the same events, so the first run also shows a story told two ways.
 */
public final class DemoFeedServer implements AutoCloseable {

    /** One demo feed: its path on this server (also its classpath resource) and the outlet it belongs to. */
    public record DemoFeed(String path, String outlet) {
    }

    public static final List<DemoFeed> FEEDS = List.of(
            new DemoFeed("/demo/feed.xml", "Marsad Demo"),
            new DemoFeed("/demo/ufuq.xml", "صحيفة الأفق"));

    private final HttpServer server;

    private DemoFeedServer(HttpServer server) {
        this.server = server;
    }

    public static DemoFeedServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        for (DemoFeed feed : FEEDS) {
            serve(server, feed.path(), read(feed.path()));
        }
        server.start();
        return new DemoFeedServer(server);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = DemoFeedServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the demo feed " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static void serve(HttpServer server, String path, byte[] feed) {
        server.createContext(path, exchange -> {
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
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(DemoFeed feed) {
        return "http://127.0.0.1:" + port() + feed.path();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
