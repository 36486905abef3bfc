package io.wirewatch.ingest;

import io.wirewatch.web.GuardedContexts;
import io.wirewatch.web.HostCheck;
import io.wirewatch.web.WebServer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves {@link IngestEndpoint} at {@code /ingest} on a {@link WebServer}, behind the same
 * request-size limits and {@code Host} check as the REST API.
 */
public final class IngestServer implements AutoCloseable {
    private final WebServer server;

    private IngestServer(WebServer server) {
        this.server = server;
    }

    /** Binds {@code host:port} (port 0: any free one) and starts serving; answers the bound name only. */
    public static IngestServer start(String host, int port, IngestEndpoint endpoint) throws IOException {
        return start(host, port, List.of(), endpoint);
    }

    /** As {@link #start(String, int, IngestEndpoint)}, also answering to {@code allowedHosts}. */
    public static IngestServer start(String host, int port, List<String> allowedHosts, IngestEndpoint endpoint)
            throws IOException {
        // 4 for requests, 2 for Jetty's acceptor and selector.
        ExecutorService workers = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "wirewatch-ingest-http");
            t.setDaemon(true);
            return t;
        });
        WebServer server = WebServer.bind(host, port, workers);
        GuardedContexts.create(server.http(), "/ingest", endpoint, HostCheck.forBinding(host, allowedHosts));
        server.start();
        return new IngestServer(server);
    }

    public int port() {
        return server.address().getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
