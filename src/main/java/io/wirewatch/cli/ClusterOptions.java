package io.wirewatch.cli;

import io.wirewatch.config.WirewatchConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Flags that point a command at a Kafka cluster and a schema registry. Precedence: defaults, then
 * {@code --config-file}, then {@code WIREWATCH_*} environment variables, then these flags.
 */
final class ClusterOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka brokers (default: localhost:9092, or WIREWATCH_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Schema registry URL(s), Confluent API, comma-separated (default: http://127.0.0.1:8081/apis/ccompat/v7, "
                    + "the demo's embedded registry; Confluent's has no path).")
    String schemaRegistryUrl;

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "Any Kafka client, Streams, serde or wirewatch.* setting; repeatable (SASL/SSL too).")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--config-file", paramLabel = "FILE", description = "A properties file of settings.")
    Path configFile;

    WirewatchConfig resolve() {
        return resolve(Map.of());
    }

    /** Builds the layered configuration; {@code commandDefaults} sit just above the built-in defaults. */
    WirewatchConfig resolve(Map<String, String> commandDefaults) {
        WirewatchConfig.Builder builder = WirewatchConfig.builder().values(commandDefaults);
        if (configFile != null) {
            builder.file(configFile);
        }
        builder.environment(System.getenv()).values(config);
        if (bootstrapServers != null) {
            builder.value(WirewatchConfig.BOOTSTRAP_SERVERS.key(), bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            builder.value(WirewatchConfig.SCHEMA_REGISTRY_URL.key(), schemaRegistryUrl);
        }
        return builder.build();
    }
}
