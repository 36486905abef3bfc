package io.wirewatch.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http.spi.DelegatingThreadPool;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * A {@link HttpServer} (the JDK's handler API) served by Jetty. The JDK's own server answers a
 * request target that is not a valid URI with an HTML page before any handler runs; Jetty lets
 * {@link JsonErrorHandler} answer it in JSON. Jetty's own limit on the request head is
 * {@value #MAX_HEAD_BYTES} bytes, far above {@link RequestLimits}, which answers below it.
 * Contexts match whole path segments: {@code /api} serves {@code /api/...}, not {@code /apix}.
 */
public final class WebServer implements AutoCloseable {
    static final int MAX_HEAD_BYTES = 4 * 1024 * 1024;
    private static final String PROVIDER = "com.sun.net.httpserver.HttpServerProvider";
    private final Server jetty;
    private final HttpServer http;
    private final ExecutorService workers;

    private WebServer(Server jetty, HttpServer http, ExecutorService workers) {
        this.jetty = jetty;
        this.http = http;
        this.workers = workers;
    }

    /**
     * Keeps {@code HttpServer.create} on the JDK's own server (Jetty's service file would make it
     * Jetty for the whole JVM); Wirewatch's servers choose Jetty here, explicitly. Call before any
     * server starts: the JDK picks its provider once.
     */
    public static void keepJdkServerAsDefault() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, "sun.net.httpserver.DefaultHttpServerProvider");
        }
    }

    /** Binds {@code host:port} (0: any free port), running requests on {@code workers}; not started yet. */
    public static WebServer bind(String host, int port, ExecutorService workers) throws IOException {
        Server jetty = new Server(new DelegatingThreadPool(workers));
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(MAX_HEAD_BYTES);
        config.setSendServerVersion(false);
        // An article id may be a URL: /api/articles/https%3A%2F%2F... must reach the API.
        config.setUriCompliance(UriCompliance.DEFAULT.with("wirewatch", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(new ContextHandlerCollection(true));
        jetty.setErrorHandler(new JsonErrorHandler());
        HttpServer http = new JettyHttpServer(jetty, true);
        http.bind(new InetSocketAddress(host, port), 0);
        return new WebServer(jetty, http, workers);
    }

    /** Where contexts are created ({@link GuardedContexts}). */
    public HttpServer http() {
        return http;
    }

    public void start() throws IOException {
        try {
            jetty.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not start the HTTP server on " + http.getAddress() + ": " + e.getMessage(), e);
        }
    }

    /** The bound address, with the port chosen when 0 was asked. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP server: " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
    }
}
