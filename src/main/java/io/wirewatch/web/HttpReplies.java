package io.wirewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** How every Wirewatch HTTP endpoint answers: security headers always, JSON bodies, uncached. */
public final class HttpReplies {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpReplies() {
    }

    /** Headers every response carries, errors of the server itself included. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /** Headers every response carries. */
    public static void secure(HttpExchange exchange) {
        SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
    }

    /** {@code {"error": message}}. */
    public static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /** {@code {"error": message, "code": NAME}} with the code's status. */
    public static void sendError(HttpExchange exchange, ErrorCode code, String message) throws IOException {
        sendJson(exchange, code.status(), error(message).put("code", code.name()));
    }

    /** The bytes of {@code {"error": message, "code": NAME}}. */
    static byte[] errorBytes(ErrorCode code, String message) {
        try {
            return JSON.writeValueAsBytes(error(message).put("code", code.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        secure(exchange);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
