package io.wirewatch.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * 414 for a request target over {@value #MAX_TARGET_CHARS} characters, 431 for more than
 * {@value #MAX_HEADERS} header lines or {@value #MAX_HEADER_BYTES} bytes of headers, in JSON.
 * Jetty's own limit ({@link WebServer}) is far above these, so this filter answers first.
 */
public final class RequestLimits extends Filter {
    public static final int MAX_TARGET_CHARS = 8192;
    public static final int MAX_HEADERS = 100;
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        URI uri = exchange.getRequestURI();
        int target = uri.getRawPath().length() + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        int lines = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                lines++;
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        if (target <= MAX_TARGET_CHARS && lines <= MAX_HEADERS && bytes <= MAX_HEADER_BYTES) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Connection", "close");
            if (target > MAX_TARGET_CHARS) {
                HttpReplies.sendError(exchange, ErrorCode.URI_TOO_LONG, "request target of " + target
                        + " characters; at most " + MAX_TARGET_CHARS);
            } else {
                HttpReplies.sendError(exchange, ErrorCode.HEADERS_TOO_LARGE, lines + " header lines, " + bytes
                        + " bytes; at most " + MAX_HEADERS + " lines and " + MAX_HEADER_BYTES + " bytes");
            }
        }
    }

    @Override
    public String description() {
        return "answers 414 and 431 for oversized request targets and headers";
    }
}
