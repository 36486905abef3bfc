package io.wirewatch.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * 400 {@code BAD_REQUEST} in JSON for a request target that is not a valid URI. Jetty refuses a bad
 * path itself ({@link JsonErrorHandler}); a bad query ({@code ?since=%zz}) reaches the handlers,
 * whose {@link HttpExchange#getRequestURI()} would throw.
 */
final class TargetCheck extends Filter {
    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        try {
            exchange.getRequestURI();
        } catch (IllegalArgumentException e) {
            try (exchange) {
                HttpReplies.sendError(exchange, ErrorCode.BAD_REQUEST, "the request target is not a valid URI ("
                        + e.getMessage() + "); escape % as %25 and use % only before two hex digits");
            }
            return;
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "answers 400 for a request target that is not a valid URI";
    }
}
