package io.wirewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wirewatch's HTTP server ({@link WebServer}): the dashboard ({@code /}, {@code /assets/*}, all
 * local files), {@code /health}, {@code /metrics} (Prometheus text), the live feed
 * ({@code /api/stream}, server-sent events) and the {@link QueryApi} routes under {@code /api/}.
 * Bound before Kafka Streams starts (its address is the instance's {@code application.server});
 * the API answers 503 until {@link #attach} gives it the running streams. {@code GET} only; every
 * response carries a Content-Security-Policy that allows this origin's scripts and nothing else;
 * an optional bearer token (header, or the cookie {@code /?token=} sets) guards everything but
 * {@code /health}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebServer server;
    private final BearerToken token;
    private static final String COOKIE = "wirewatch_token";
    private final PrometheusMeterRegistry metrics;
    private volatile KafkaStreams streams;
    private volatile QueryApi queries;
    private volatile LiveFeed feed;
    private volatile Supplier<Optional<String>> problems = Optional::empty;

    private ApiServer(WebServer server, String token, PrometheusMeterRegistry metrics) {
        this.server = server;
        this.token = new BearerToken(token);
        this.metrics = metrics;
    }

    /** Binds {@code host:port} (0: any free port) and starts serving; answers the bound name only. */
    public static ApiServer start(String host, int port, String token, PrometheusMeterRegistry metrics) throws IOException {
        return start(host, port, token, List.of(), metrics);
    }

    /**
     * Binds {@code host:port} (0: any free port) and starts serving requests whose {@code Host} is
     * the bound name, a loopback name when bound to loopback, or one of {@code allowedHosts}.
     */
    public static ApiServer start(String host, int port, String token, List<String> allowedHosts,
            PrometheusMeterRegistry metrics) throws IOException {
        // Cached: each live-feed client holds a thread for as long as it listens.
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wirewatch-http");
            t.setDaemon(true);
            return t;
        });
        WebServer server = WebServer.bind(host, port, workers);
        ApiServer api = new ApiServer(server, token, metrics);
        HostCheck hosts = HostCheck.forBinding(host, allowedHosts);
        GuardedContexts.create(server.http(), "/health", api::health, hosts);
        GuardedContexts.create(server.http(), "/metrics", api::metrics, hosts);
        GuardedContexts.create(server.http(), "/api/stream", api::stream, hosts);
        GuardedContexts.create(server.http(), "/api", api::api, hosts);
        GuardedContexts.create(server.http(), "/", new StaticFiles(api::authorized, api.token::matches, COOKIE), hosts);
        server.start();
        return api;
    }

    /** This instance's address as other instances reach it ({@code application.server}). */
    public HostInfo hostInfo() {
        InetSocketAddress address = server.address();
        return new HostInfo(address.getHostString(), address.getPort());
    }

    public int port() {
        return server.address().getPort();
    }

    /** Starts answering queries from {@code streams} and serving the live feed. */
    public void attach(KafkaStreams streams, String clusterToken, LiveFeed feed) {
        attach(streams, clusterToken, feed, hostInfo());
    }

    /** As {@link #attach(KafkaStreams, String, LiveFeed)}, this instance advertising {@code self}. */
    public void attach(KafkaStreams streams, String clusterToken, LiveFeed feed, HostInfo self) {
        this.streams = streams;
        this.feed = feed;
        this.queries = new QueryApi(new LocalStores(streams), new ClusterQueries(streams, self, clusterToken),
                Clock.systemUTC());
    }

    /** What keeps a RUNNING extractor from being ready (stream threads that keep failing), with why. */
    public void reportProblems(Supplier<Optional<String>> problems) {
        this.problems = problems;
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            KafkaStreams current = streams;
            String state = current == null ? "STARTING" : current.state().name();
            Optional<String> problem = problems.get();
            boolean ready = "RUNNING".equals(state) && problem.isEmpty();
            ObjectNode body = JSON.createObjectNode().put("live", true).put("ready", ready).put("streams", state);
            problem.ifPresent(why -> body.put("problem", why));
            // /health/live: the process answers (liveness); /health and /health/ready: streams RUNNING, no failing threads.
            boolean liveness = exchange.getRequestURI().getPath().equals("/health/live");
            HttpReplies.sendJson(exchange, liveness || ready ? 200 : 503, body);
        }
    }

    private void metrics(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange)) {
                HttpReplies.sendError(exchange, ErrorCode.UNAUTHORIZED, "missing or wrong bearer token");
                return;
            }
            byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
            HttpReplies.secure(exchange);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        try (exchange) {
            LiveFeed current = feed;
            if (!authorized(exchange)) {
                HttpReplies.sendError(exchange, ErrorCode.UNAUTHORIZED, "missing or wrong bearer token");
                return;
            }
            if (current == null) {
                HttpReplies.sendError(exchange, ErrorCode.UNAVAILABLE, "the extractor is starting; retry shortly");
                return;
            }
            HttpReplies.secure(exchange);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            current.serve(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the browser closed the stream
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                HttpReplies.sendError(exchange, ErrorCode.METHOD_NOT_ALLOWED, "only GET is supported");
                return;
            }
            if (!authorized(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wirewatch\"");
                HttpReplies.sendError(exchange, ErrorCode.UNAUTHORIZED, "missing or wrong bearer token");
                return;
            }
            QueryApi current = queries;
            if (current == null) {
                HttpReplies.sendError(exchange, ErrorCode.UNAVAILABLE, "the extractor is starting; retry shortly");
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
                HttpReplies.sendJson(exchange, 200, api.dyads(params));
            } else if (path.startsWith("/api/dyads/") && path.endsWith("/timeline")) {
                String pair = path.substring("/api/dyads/".length(), path.length() - "/timeline".length());
                Optional<JsonNode> timeline = api.timeline(pair, params);
                HttpReplies.sendJson(exchange, timeline.isPresent() ? 200 : 404, timeline.orElse(HttpReplies.error("no contact known for that pair")));
            } else if (path.startsWith("/api/dyads/")) {
                Optional<JsonNode> dyad = api.dyad(path.substring("/api/dyads/".length()), params);
                HttpReplies.sendJson(exchange, dyad.isPresent() ? 200 : 404, dyad.orElse(HttpReplies.error("no contact known for that pair").put("code", ErrorCode.NOT_FOUND.name())));
            } else if (path.equals("/api/events")) {
                HttpReplies.sendJson(exchange, 200, api.events(params));
            } else if (path.startsWith("/api/articles/")) {
                String id = java.net.URLDecoder.decode(path.substring("/api/articles/".length()), StandardCharsets.UTF_8);
                Optional<JsonNode> article = api.article(id, params);
                HttpReplies.sendJson(exchange, article.isPresent() ? 200 : 404, article.orElse(HttpReplies.error("no recent article with that id").put("code", ErrorCode.NOT_FOUND.name())));
            } else if (path.equals("/api/alerts")) {
                HttpReplies.sendJson(exchange, 200, api.alerts(params));
            } else if (path.equals("/api/entities/top")) {
                HttpReplies.sendJson(exchange, 200, api.topEntities(params));
            } else if (path.equals("/api/statements")) {
                HttpReplies.sendJson(exchange, 200, api.statements(params));
            } else {
                HttpReplies.sendError(exchange, ErrorCode.NOT_FOUND, "no such endpoint: " + path);
            }
        } catch (ApiException e) {
            HttpReplies.sendError(exchange, e.code(), e.getMessage());
        } catch (InvalidStateStoreException e) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            HttpReplies.sendError(exchange, ErrorCode.UNAVAILABLE, "stores are being rebalanced; retry shortly (" + e.getMessage() + ")");
        } catch (ClusterQueries.RemoteQueryException e) {
            HttpReplies.sendError(exchange, ErrorCode.REMOTE_INSTANCE_FAILED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpReplies.sendError(exchange, ErrorCode.UNAVAILABLE, "interrupted");
        } catch (RuntimeException e) {
            log.error("{} failed", path, e);
            HttpReplies.sendError(exchange, ErrorCode.INTERNAL_ERROR, "internal error: " + e);
        }
    }

    /** True without a token; with one, when the request bears it (header) or carries its cookie. */
    boolean authorized(HttpExchange exchange) {
        return token.admits(exchange, COOKIE);
    }

    @Override
    public void close() {
        server.close();
    }
}
