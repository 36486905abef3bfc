package io.wirewatch.ingest;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.web.GuardedContexts;
import io.wirewatch.web.HostCheck;
import io.wirewatch.web.RequestLimits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves {@link IngestEndpoint} at {@code /ingest} on the JDK's HTTP server, behind the same
 * request-size limits and {@code Host} check as the REST API.
 */
public final class IngestServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;

    private IngestServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Binds {@code host:port} (port 0: any free one) and starts serving; answers the bound name only. */
    public static IngestServer start(String host, int port, IngestEndpoint endpoint) throws IOException {
        return start(host, port, List.of(), endpoint);
    }

    /** As {@link #start(String, int, IngestEndpoint)}, also answering to {@code allowedHosts}. */
    public static IngestServer start(String host, int port, List<String> allowedHosts, IngestEndpoint endpoint)
            throws IOException {
        RequestLimits.raiseJdkLimits();
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "wirewatch-ingest-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        GuardedContexts.create(server, "/ingest", endpoint, HostCheck.forBinding(host, allowedHosts));
        server.start();
        return new IngestServer(server, workers);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
