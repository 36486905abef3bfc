package io.wirewatch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The validated configuration of a Wirewatch process. Values are layered: declared defaults, then a
 * properties file, then {@code WIREWATCH_*} environment variables ({@code WIREWATCH_BOOTSTRAP_SERVERS}
 * sets {@code bootstrap.servers}, {@code WIREWATCH_HTTP_PORT} sets {@code wirewatch.http.port}), then
 * command-line flags. Keys starting with {@code wirewatch.} are
 * Wirewatch's own; every other key passes through to the Kafka clients, Kafka Streams and the serde
 * (SASL and SSL settings included).
 */
public final class WirewatchConfig {
    public static final String ENV_PREFIX = "WIREWATCH_";

    public static final ConfigOption<String> BOOTSTRAP_SERVERS = ConfigOption.string("bootstrap.servers",
            "localhost:9092", "Kafka brokers to connect to (host:port, comma-separated).");
    public static final ConfigOption<String> SCHEMA_REGISTRY_URL = ConfigOption.string("schema.registry.url",
            "http://127.0.0.1:8081/apis/ccompat/v7", "Schema registry base URL(s) speaking the Confluent API, "
            + "comma-separated for failover (default: the embedded registry of wirewatch demo).");
    public static final ConfigOption<String> APPLICATION_ID = ConfigOption.string("application.id",
            "wirewatch-extractor", "Kafka Streams application id: instances with the same id share the work.");
    public static final ConfigOption<Integer> PARTITIONS = ConfigOption.positiveInt("wirewatch.topic.partitions",
            3, "Partitions of the topics Wirewatch creates.");
    public static final ConfigOption<Boolean> CREATE_TOPICS = ConfigOption.bool("wirewatch.topics.create",
            true, "Create Wirewatch's topics at start when they are missing.");
    public static final ConfigOption<String> HTTP_HOST = ConfigOption.string("wirewatch.http.host",
            "127.0.0.1", "Address the dashboard and REST API bind to.");
    public static final ConfigOption<Integer> HTTP_PORT = ConfigOption.port("wirewatch.http.port",
            8080, "Port of the dashboard and REST API (0: any free port).");
    public static final ConfigOption<String> HTTP_TOKEN = ConfigOption.optionalString("wirewatch.http.token",
            "Bearer token the REST API and dashboard require (empty: none; set one before binding beyond loopback).");
    public static final ConfigOption<String> HTTP_ALLOWED_HOSTS = ConfigOption.optionalString("wirewatch.http.allowed.hosts",
            "Further Host names the REST API answers to, comma-separated (* any); always: the bound name, and loopback names when bound to loopback.");
    public static final ConfigOption<Boolean> HTTP_INSECURE_NO_AUTH = ConfigOption.bool("wirewatch.http.insecure.no.auth",
            false, "Serve the REST API beyond loopback without a token (refused otherwise); a loud warning at start.");
    public static final ConfigOption<String> ALERT_RULES = ConfigOption.optionalString("wirewatch.alert.rules",
            "YAML file of alert rules (empty: the bundled src/main/resources/alerts/default-rules.yaml).");
    public static final ConfigOption<String> ALERT_WEBHOOK = ConfigOption.optionalString("wirewatch.alert.webhook",
            "URL that receives each alert as a JSON POST (empty: alerts go to the topic and the log only).");
    public static final ConfigOption<Integer> OUTPUT_MAX_BYTES = ConfigOption.positiveInt("wirewatch.output.max.bytes",
            7 * 1024 * 1024, "Largest value the extractor writes to a topic or store; a larger output sends its article"
                    + " to the dead-letter topic. Keep it below the topics' max.message.bytes (8 MiB when Wirewatch creates them).");
    public static final ConfigOption<Integer> BROKER_WAIT_MS = ConfigOption.positiveInt("wirewatch.broker.wait.ms",
            20_000, "How long to wait for the Kafka brokers at start before giving up (milliseconds).");

    /** Every declared option, for validation and documentation. */
    public static final List<ConfigOption<?>> OPTIONS = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL,
            APPLICATION_ID, PARTITIONS, CREATE_TOPICS, HTTP_HOST, HTTP_PORT, HTTP_TOKEN, HTTP_ALLOWED_HOSTS,
            HTTP_INSECURE_NO_AUTH, ALERT_RULES, ALERT_WEBHOOK, OUTPUT_MAX_BYTES, BROKER_WAIT_MS);

    private final Map<String, String> values;

    private WirewatchConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        OPTIONS.forEach(this::get);
    }

    /** Defaults only. */
    public static WirewatchConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public <T> T get(ConfigOption<T> option) {
        String raw = values.get(option.key());
        if (raw == null) {
            raw = option.defaultValue();
        }
        if (raw == null) {
            throw new ConfigException("missing required setting " + option.key() + ": " + option.doc());
        }
        return option.parse(raw);
    }

    /** All explicitly set values, Wirewatch's own included. */
    public Map<String, String> values() {
        return values;
    }

    /** Settings for Kafka clients, Streams and the serde: everything but {@code wirewatch.*}. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new TreeMap<>();
        props.put(BOOTSTRAP_SERVERS.key(), get(BOOTSTRAP_SERVERS));
        props.put(SCHEMA_REGISTRY_URL.key(), get(SCHEMA_REGISTRY_URL));
        values.forEach((key, value) -> {
            if (!key.startsWith("wirewatch.")) {
                props.put(key, value);
            }
        });
        return props;
    }

    /** A copy with some values replaced (highest precedence). */
    public WirewatchConfig with(Map<String, String> overrides) {
        return builder().values(values).values(overrides).build();
    }

    /** Collects values layer by layer; later layers win. */
    public static final class Builder {
        private final Map<String, String> values = new TreeMap<>();

        public Builder values(Map<String, String> layer) {
            layer.forEach((key, value) -> {
                if (value != null) {
                    values.put(key.trim(), value);
                }
            });
            return this;
        }

        public Builder value(String key, String value) {
            return values(Collections.singletonMap(key, value));
        }

        public Builder file(Path file) {
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
            }
            props.stringPropertyNames().forEach(key -> values.put(key, props.getProperty(key)));
            return this;
        }

        /** {@code WIREWATCH_SCHEMA_REGISTRY_URL=...} becomes {@code schema.registry.url=...}. */
        public Builder environment(Map<String, String> env) {
            env.forEach((name, value) -> {
                if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                    values.put(envToKey(name), value);
                }
            });
            return this;
        }

        public WirewatchConfig build() {
            return new WirewatchConfig(values);
        }
    }

    /**
     * {@code WIREWATCH_BOOTSTRAP_SERVERS} → {@code bootstrap.servers}; Wirewatch's own settings need
     * no second prefix: {@code WIREWATCH_HTTP_PORT} → {@code wirewatch.http.port}.
     */
    static String envToKey(String name) {
        String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        String own = "wirewatch." + key;
        return OPTIONS.stream().anyMatch(option -> option.key().equals(own)) ? own : key;
    }
}
