package io.wirewatch.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The dashboard's files, from {@code resources/web} on the classpath: {@code /} is
 * {@code index.html}, {@code /assets/NAME} the scripts and styles; nothing else, no directory
 * listing, no path outside. With a token set, {@code /?token=T} stores the token in an HttpOnly,
 * SameSite=Strict cookie so the page's requests (and its EventSource) carry it.
 */
final class StaticFiles implements HttpHandler {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");
    private final Predicate<HttpExchange> authorized;
    private final Predicate<String> tokenMatches;
    private final String cookie;

    StaticFiles(Predicate<HttpExchange> authorized, Predicate<String> tokenMatches, String cookie) {
        this.authorized = authorized;
        this.tokenMatches = tokenMatches;
        this.cookie = cookie;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpReplies.secure(exchange);
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                HttpReplies.sendError(exchange, ErrorCode.METHOD_NOT_ALLOWED, "only GET");
                return;
            }
            String file = path.equals("/") || path.equals("/index.html") ? "index.html"
                    : path.startsWith("/assets/") && path.substring(8).matches("[a-z0-9-]+\\.(js|css|svg|png)")
                            ? "assets/" + path.substring(8) : null;
            if (file == null) {
                HttpReplies.sendError(exchange, ErrorCode.NOT_FOUND, "not found: " + path);
                return;
            }
            if (!authorized.test(exchange) && !acceptTokenFromQuery(exchange)) {
                HttpReplies.sendError(exchange, ErrorCode.UNAUTHORIZED, "This Wirewatch dashboard needs its token: open /?token=YOUR_TOKEN once.");
                return;
            }
            try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + file)) {
                if (in == null) {
                    HttpReplies.sendError(exchange, ErrorCode.NOT_FOUND, "not found: " + path);
                    return;
                }
                byte[] body = in.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    private boolean acceptTokenFromQuery(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        String presented;
        try {
            presented = new QueryParams(uri).get("token");
        } catch (ApiException badQuery) {
            return false;
        }
        if (presented == null || !tokenMatches.test(presented)) {
            return false;
        }
        exchange.getResponseHeaders().add("Set-Cookie", cookie + "=" + presented + "; Path=/; HttpOnly; SameSite=Strict");
        return true;
    }
}
