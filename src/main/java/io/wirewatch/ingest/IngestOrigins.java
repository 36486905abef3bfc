package io.wirewatch.ingest;

import com.sun.net.httpserver.HttpExchange;
import io.wirewatch.web.ErrorCode;
import io.wirewatch.web.HttpReplies;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web pages may post to {@code /ingest}. A request without {@code Origin} (curl, a server,
 * a feed) passes; a browser's request from an origin not on the list ({@code null} included) is
 * refused with 403, so a page elsewhere cannot feed the pipeline. Listed origins get CORS: their
 * preflight is answered and their responses readable.
 */
public final class IngestOrigins {
    private final Set<String> allowed;

    /** @param allowed origins such as {@code https://desk.example.org} (scheme, host and port) */
    public IngestOrigins(Collection<String> allowed) {
        this.allowed = allowed.stream().map(IngestOrigins::normalized).filter(o -> !o.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * Whether the request may go on. When it may not, or when it is a preflight ({@code OPTIONS}),
     * the answer has been sent.
     */
    boolean admit(HttpExchange exchange) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin == null) {
            return true;
        }
        if (!allowed.contains(normalized(origin))) {
            HttpReplies.sendError(exchange, ErrorCode.FOREIGN_ORIGIN, "pages from " + origin + " may not post articles; "
                    + "allow the origin with --ingest-allowed-origins if they should");
            return false;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
        exchange.getResponseHeaders().set("Vary", "Origin");
        if (!exchange.getRequestMethod().equals("OPTIONS")) {
            return true;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "POST");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Authorization");
        exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
        HttpReplies.secure(exchange);
        exchange.sendResponseHeaders(204, -1);
        return false;
    }

    private static String normalized(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
