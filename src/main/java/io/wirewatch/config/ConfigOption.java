package io.wirewatch.config;

import java.util.function.Function;

/**
 * One Wirewatch setting, declared once with its key, type, default and description so the
 * configuration documents and checks itself.
 *
 * @param key         the property key, e.g. {@code wirewatch.http.port}
 * @param defaultValue the default as text, or null when the setting has none
 * @param doc         what the setting does, for --help and the README
 * @param parser      turns the text into a value, throwing IllegalArgumentException with a reason
 */
public record ConfigOption<T>(String key, String defaultValue, String doc, Function<String, T> parser) {

    public static ConfigOption<String> string(String key, String defaultValue, String doc) {
        return new ConfigOption<>(key, defaultValue, doc, ConfigOption::nonBlank);
    }

    /** A text setting that may be empty (meaning "not set"). */
    public static ConfigOption<String> optionalString(String key, String doc) {
        return new ConfigOption<>(key, "", doc, s -> s == null ? "" : s);
    }

    public static ConfigOption<Integer> port(String key, int defaultValue, String doc) {
        return new ConfigOption<>(key, Integer.toString(defaultValue), doc, ConfigOption::portNumber);
    }

    public static ConfigOption<Integer> positiveInt(String key, int defaultValue, String doc) {
        return new ConfigOption<>(key, Integer.toString(defaultValue), doc, ConfigOption::positive);
    }

    public static ConfigOption<Boolean> bool(String key, boolean defaultValue, String doc) {
        return new ConfigOption<>(key, Boolean.toString(defaultValue), doc, ConfigOption::bool);
    }

    /** Parses a raw value, naming the key and the value in the error. */
    public T parse(String raw) {
        try {
            return parser.apply(raw == null ? null : raw.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid value '" + raw + "' for " + key + ": " + e.getMessage());
        }
    }

    private static String nonBlank(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return s;
    }

    private static int portNumber(String s) {
        int port = integer(s);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 (any free port) to 65535");
        }
        return port;
    }

    private static int positive(String s) {
        int value = integer(s);
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(nonBlank(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    private static boolean bool(String s) {
        if ("true".equalsIgnoreCase(s)) {
            return true;
        }
        if ("false".equalsIgnoreCase(s)) {
            return false;
        }
        throw new IllegalArgumentException("must be true or false");
    }
}
