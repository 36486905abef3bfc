package io.wirewatch.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The query string of a request, decoded. A value the API cannot use (bad number, date or enum
 * value, unknown parameter, bad percent-encoding) is a {@link BadRequestException} naming it and
 * what is allowed, never a silent empty answer.
 */
public final class QueryParams {
    /** Parameters every listing takes: paging, and {@code scope=local} between instances. */
    static final Set<String> PAGING = Set.of("limit", "offset", "scope");
    private final Map<String, String> values = new LinkedHashMap<>();

    public QueryParams(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.put(key, value);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed percent-encoding in the query string: '" + s + "'");
        }
    }

    public String get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Refuses parameters outside {@code allowed} and {@link #PAGING}: a typo must not widen the answer. */
    public void allowOnly(String... allowed) {
        Set<String> known = new TreeSet<>(PAGING);
        known.addAll(Arrays.asList(allowed));
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new BadRequestException("unknown parameter '" + key + "'; this endpoint takes " + String.join(", ", known));
            }
        }
    }

    /** The value as one of {@code type}'s constants (case-insensitive), or null when absent. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String value = get(key);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + key + "' is one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", not '" + value + "'");
        }
    }

    /** The value when it is one of {@code allowed}, or null when absent. */
    public String oneOf(String key, List<String> allowed) {
        String value = get(key);
        if (value != null && !allowed.contains(value)) {
            throw new BadRequestException("'" + key + "' is one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }
        return value;
    }

    /** The value as an ISO date (2026-02-01), or null when absent. */
    public LocalDate date(String key) {
        String value = get(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + key + "' is a date as YYYY-MM-DD, not '" + value + "'");
        }
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
    public static final class BadRequestException extends ApiException {
        public BadRequestException(String message) {
            super(ErrorCode.BAD_REQUEST, message);
        }
    }
}
