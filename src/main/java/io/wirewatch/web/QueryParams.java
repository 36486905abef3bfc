package io.wirewatch.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query string of a request, decoded; bad numbers are a {@link BadRequestException}. */
public final class QueryParams {
    private final Map<String, String> values = new LinkedHashMap<>();

    public QueryParams(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
    }

    public String get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public int intValue(String key, int defaultValue, int min, int max) {
        String value = get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new BadRequestException("'" + key + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + key + "' must be a whole number, not '" + value + "'");
        }
    }

    /** Whether the caller asked for this instance's data only (another instance fanning out). */
    public boolean localOnly() {
        return "local".equals(get("scope"));
    }

    /** A request the API cannot answer as asked; becomes 400 with the message. */
    public static final class BadRequestException extends RuntimeException {
        public BadRequestException(String message) {
            super(message);
        }
    }
}
