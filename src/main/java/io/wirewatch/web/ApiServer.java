package io.wirewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wirewatch's HTTP API on the JDK's server: {@code /health} and the {@link QueryApi} routes under
 * {@code /api/}. Bound before Kafka Streams starts (its address is the instance's
 * {@code application.server}); answers 503 until {@link #attach} gives it the running streams.
 * JSON only, {@code GET} only; an optional bearer token guards everything but {@code /health}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService workers;
    private final byte[] token;
    private volatile KafkaStreams streams;
    private volatile QueryApi queries;

    private ApiServer(HttpServer server, ExecutorService workers, String token) {
        this.server = server;
        this.workers = workers;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Binds {@code host:port} (0: any free port) and starts serving. */
    public static ApiServer start(String host, int port, String token) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "wirewatch-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        ApiServer api = new ApiServer(server, workers, token);
        server.createContext("/health", api::health);
        server.createContext("/api/", api::api);
        server.start();
        return api;
    }

    /** This instance's address as other instances reach it ({@code application.server}). */
    public HostInfo hostInfo() {
        InetSocketAddress address = server.getAddress();
        return new HostInfo(address.getHostString(), address.getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Starts answering queries from {@code streams}. */
    public void attach(KafkaStreams streams, String clusterToken) {
        this.streams = streams;
        this.queries = new QueryApi(new LocalStores(streams), new ClusterQueries(streams, hostInfo(), clusterToken),
                Clock.systemUTC());
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            KafkaStreams current = streams;
            String state = current == null ? "STARTING" : current.state().name();
            ObjectNode body = JSON.createObjectNode().put("live", true).put("ready", "RUNNING".equals(state))
                    .put("streams", state);
            send(exchange, "RUNNING".equals(state) ? 200 : 503, body);
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, error("only GET is supported"));
                return;
            }
            if (!authorized(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wirewatch\"");
                send(exchange, 401, error("missing or wrong bearer token"));
                return;
            }
            QueryApi current = queries;
            if (current == null) {
                send(exchange, 503, error("the extractor is starting; retry shortly"));
                return;
            }
            route(exchange, current);
        }
    }

    private void route(HttpExchange exchange, QueryApi api) throws IOException {
        String path = exchange.getRequestURI().getPath();
        QueryParams params = new QueryParams(exchange.getRequestURI());
        try {
            if (path.equals("/api/dyads")) {
                send(exchange, 200, api.dyads(params));
            } else if (path.startsWith("/api/dyads/")) {
                Optional<JsonNode> dyad = api.dyad(path.substring("/api/dyads/".length()), params);
                send(exchange, dyad.isPresent() ? 200 : 404, dyad.orElse(error("no contact known for that pair")));
            } else if (path.equals("/api/entities/top")) {
                send(exchange, 200, api.topEntities(params));
            } else if (path.equals("/api/statements")) {
                send(exchange, 200, api.statements(params));
            } else {
                send(exchange, 404, error("no such endpoint: " + path));
            }
        } catch (QueryParams.BadRequestException e) {
            send(exchange, 400, error(e.getMessage()));
        } catch (InvalidStateStoreException e) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 503, error("stores are being rebalanced; retry shortly (" + e.getMessage() + ")"));
        } catch (ClusterQueries.RemoteQueryException e) {
            send(exchange, 502, error(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, error("interrupted"));
        } catch (RuntimeException e) {
            log.error("{} failed", path, e);
            send(exchange, 500, error("internal error: " + e));
        }
    }

    private boolean authorized(HttpExchange exchange) {
        if (token == null) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
