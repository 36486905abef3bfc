package io.wirewatch.web;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * An optional shared secret for HTTP endpoints: with none set, every request passes; with one,
 * only those bearing it ({@code Authorization: Bearer T}, or the named cookie when given),
 * compared in constant time.
 */
public final class BearerToken {
    private final byte[] token;

    /** @param token the secret, or null/blank for none */
    public BearerToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isSet() {
        return token != null;
    }

    public boolean matches(String presented) {
        return token != null && presented != null
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the request may pass: no token set, or it bears the token in its header or {@code cookie}. */
    public boolean admits(HttpExchange exchange, String cookie) {
        if (token == null) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return matches(header.substring(7).strip());
        }
        if (cookie == null) {
            return false;
        }
        for (String cookies : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String c : cookies.split(";")) {
                String pair = c.strip();
                if (pair.startsWith(cookie + "=") && matches(pair.substring(cookie.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
