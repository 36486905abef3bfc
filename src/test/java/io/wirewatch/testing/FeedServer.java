package io.wirewatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feed server on loopback for tests: serves documents with an ETag and Last-Modified, answers
 * 304 to a matching conditional request, and plays scripted failures (a status code, or a stall
 * longer than the client's timeout) before answering normally.
 */
public final class FeedServer implements AutoCloseable {
    private record Document(byte[] body, String contentType, String etag) {
    }

    /** One scripted misbehaviour: {@code status} > 0 answers that status; otherwise stall {@code stallMillis}. */
    public record Failure(int status, long stallMillis) {
        public static Failure status(int status) {
            return new Failure(status, 0);
        }

        public static Failure stall(long millis) {
            return new Failure(0, millis);
        }
    }

    private final HttpServer server;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public static byte[] resource(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource /feeds/" + name, e);
        }
    }

    public URI serve(String path, byte[] body, String contentType, String etag) {
        documents.put(path, new Document(body, contentType, etag));
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public synchronized void failNext(Failure... next) {
        failures.addAll(java.util.List.of(next));
    }

    public int requests() {
        return requests.get();
    }

    public int notModifiedAnswers() {
        return notModified.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            Failure failure;
            synchronized (this) {
                failure = failures.poll();
            }
            if (failure != null && failure.status() > 0) {
                exchange.sendResponseHeaders(failure.status(), -1);
                return;
            }
            if (failure != null) {
                sleep(failure.stallMillis());
            }
            Document doc = documents.get(exchange.getRequestURI().getPath());
            if (doc == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", doc.etag());
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 10 Feb 2026 09:00:00 GMT");
            if (doc.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", doc.contentType());
            exchange.sendResponseHeaders(200, doc.body().length);
            exchange.getResponseBody().write(doc.body());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
