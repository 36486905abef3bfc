package io.wirewatch.serde;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of the schema registry client and the Avro serde, with the keys Confluent's serde uses
 * so existing configurations carry over.
 */
public final class RegistryConfig {
    public static final String SCHEMA_REGISTRY_URL_CONFIG = "schema.registry.url";
    public static final String SCHEMA_REGISTRY_URL_DOC = "Registry base URL(s) speaking the Confluent API, "
            + "comma-separated; on a connection failure the next one is tried.";
    public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
    public static final String AUTO_REGISTER_SCHEMAS_DOC = "Register a record's schema under its subject on "
            + "first write (default true). When false the schema must already be registered.";
    public static final String USE_LATEST_VERSION_CONFIG = "use.latest.version";
    public static final String USE_LATEST_VERSION_DOC = "Write with the id of the subject's latest schema "
            + "(default false); the record's schema must equal it.";
    public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
    public static final String BASIC_AUTH_USER_INFO_DOC = "user:password for HTTP Basic authentication.";
    public static final String RETRIES_CONFIG = "schema.registry.retries";
    public static final String RETRIES_DOC = "Attempts per URL after the first when the registry is unreachable or answers 5xx (default 4).";
    public static final String RETRY_BACKOFF_MS_CONFIG = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MS_DOC = "First backoff between attempts, doubled each time (default 200).";
    public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS_DOC = "Timeout of one HTTP request (default 10000).";

    private final Map<String, ?> values;

    public RegistryConfig(Map<String, ?> values) {
        this.values = values;
    }

    public List<String> urls() {
        Object raw = values.get(SCHEMA_REGISTRY_URL_CONFIG);
        if (raw == null || raw.toString().isBlank()) {
            throw new IllegalArgumentException(SCHEMA_REGISTRY_URL_CONFIG + " is not set: " + SCHEMA_REGISTRY_URL_DOC);
        }
        return Arrays.stream(raw.toString().split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .toList();
    }

    public boolean autoRegister() {
        return bool(AUTO_REGISTER_SCHEMAS_CONFIG, true);
    }

    public boolean useLatestVersion() {
        return bool(USE_LATEST_VERSION_CONFIG, false);
    }

    public String basicAuthUserInfo() {
        Object raw = values.get(BASIC_AUTH_USER_INFO_CONFIG);
        return raw == null || raw.toString().isBlank() ? null : raw.toString();
    }

    public int retries() {
        return (int) number(RETRIES_CONFIG, 4);
    }

    public long retryBackoffMs() {
        return number(RETRY_BACKOFF_MS_CONFIG, 200);
    }

    public long requestTimeoutMs() {
        return number(REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    }

    private boolean bool(String key, boolean fallback) {
        Object raw = values.get(key);
        return raw == null ? fallback : Boolean.parseBoolean(raw.toString().trim());
    }

    private long number(String key, long fallback) {
        Object raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid value '" + raw + "' for " + key + ": not a whole number");
        }
    }
}
