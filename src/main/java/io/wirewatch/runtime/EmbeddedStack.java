package io.wirewatch.runtime;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.embedded.Directories;
import io.wirewatch.embedded.EmbeddedKafka;
import io.wirewatch.embedded.EmbeddedRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The embedded default: a KRaft Kafka broker in this JVM and an Apicurio schema registry as a child
 * process, both on 127.0.0.1, started side by side. Gives the configuration that points Wirewatch
 * at them; Kafka Streams keeps its state beside the broker's data.
 */
public final class EmbeddedStack implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final EmbeddedRegistry registry;
    private final Path stateDir;
    private final boolean temporaryState;

    /**
     * @param dataDir      where the broker keeps its data across runs, or null for a temporary one
     * @param kafkaPort    broker port (0: any free port)
     * @param registryPort registry port (0: any free port)
     * @param registryJava Java executable for the registry, or null to pick one
     */
    public record Settings(Path dataDir, int kafkaPort, int registryPort, Path registryJava) {
    }

    private EmbeddedStack(EmbeddedKafka kafka, EmbeddedRegistry registry, Path stateDir, boolean temporaryState) {
        this.kafka = kafka;
        this.registry = registry;
        this.stateDir = stateDir;
        this.temporaryState = temporaryState;
    }

    public static EmbeddedStack start(Settings settings, Consumer<String> status) {
        long t0 = System.nanoTime();
        CompletableFuture<EmbeddedRegistry> registry = CompletableFuture.supplyAsync(
                () -> startRegistry(settings));
        EmbeddedKafka kafka;
        try {
            kafka = startKafka(settings);
        } catch (RuntimeException e) {
            registry.thenAccept(EmbeddedRegistry::close);
            throw e;
        }
        status.accept(String.format("wirewatch: kafka ready at %s (%.1f s)", kafka.bootstrapServers(), seconds(t0)));
        try {
            EmbeddedRegistry running = registry.join();
            status.accept(String.format("wirewatch: schema registry (Apicurio %s) ready at %s (%.1f s)",
                    running.version(), running.url(), seconds(t0)));
            return new EmbeddedStack(kafka, running, stateDir(settings), settings.dataDir() == null);
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static EmbeddedKafka startKafka(Settings settings) {
        Path logDir = settings.dataDir() == null ? null : settings.dataDir().resolve("kafka");
        return EmbeddedKafka.start(new EmbeddedKafka.Settings(logDir, settings.kafkaPort()));
    }

    private static EmbeddedRegistry startRegistry(Settings settings) {
        return EmbeddedRegistry.start(new EmbeddedRegistry.Settings(settings.registryPort(), settings.registryJava()));
    }

    private static Path stateDir(Settings settings) {
        try {
            return settings.dataDir() == null ? Files.createTempDirectory("wirewatch-streams")
                    : Files.createDirectories(settings.dataDir().resolve("streams"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka Streams state directory", e);
        }
    }

    /** Settings that point clients, Streams and the serde at this stack. */
    public WirewatchConfig config() {
        return config(Map.of());
    }

    /** The same, with {@code overrides} (e.g. alert rules) on top. */
    public WirewatchConfig config(Map<String, String> overrides) {
        return WirewatchConfig.builder().values(Map.of(
                WirewatchConfig.BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers(),
                WirewatchConfig.SCHEMA_REGISTRY_URL.key(), registry.url(),
                "state.dir", stateDir.toString())).values(overrides).build();
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
            if (temporaryState) {
                Directories.deleteQuietly(stateDir);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
