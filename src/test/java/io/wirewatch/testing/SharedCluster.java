package io.wirewatch.testing;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.embedded.EmbeddedKafka;
import io.wirewatch.embedded.EmbeddedRegistry;
import io.wirewatch.runtime.TopicCreator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * One real Kafka broker and one real schema registry per test JVM, started on first use and
 * stopped at JVM exit. Tests share them, so each test uses its own topics, group ids or
 * application ids where it needs isolation.
 */
public final class SharedCluster {
    private static EmbeddedKafka kafka;
    private static EmbeddedRegistry registry;

    private SharedCluster() {
    }

    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(new EmbeddedKafka.Settings(null, 0));
            TopicCreator.ensureTopics(Map.of("bootstrap.servers", kafka.bootstrapServers()), 3);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "test-kafka-stop"));
        }
        return kafka;
    }

    public static synchronized EmbeddedRegistry registry() {
        if (registry == null) {
            registry = EmbeddedRegistry.start(new EmbeddedRegistry.Settings(0, null));
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "test-registry-stop"));
        }
        return registry;
    }

    /** Configuration pointing at the shared broker and registry, with a fresh Streams state dir. */
    public static WirewatchConfig config() {
        try {
            Path state = Files.createTempDirectory("wirewatch-test-streams");
            return WirewatchConfig.builder().values(Map.of(
                    "bootstrap.servers", kafka().bootstrapServers(),
                    "schema.registry.url", registry().url(),
                    "state.dir", state.toString(),
                    "wirewatch.http.port", "0",
                    "application.id", "wirewatch-test-" + UUID.randomUUID())).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Properties clientProperties() {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka().bootstrapServers());
        return props;
    }
}
