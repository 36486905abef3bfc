package io.wirewatch.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), running in
 * this JVM on 127.0.0.1. Formats its log directory on first use, then starts
 * {@link KafkaRaftServer} and waits until an admin client sees the node. Replication factors and
 * min ISR are 1, so transactions (exactly-once) work on one node.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final Path logDir;
    private final boolean temporary;
    private final int port;

    /**
     * @param logDir where the broker keeps its data; null for a temporary directory deleted on close
     * @param port   the client port on 127.0.0.1; 0 for any free port
     */
    public record Settings(Path logDir, int port) {
    }

    private EmbeddedKafka(KafkaRaftServer server, Path logDir, boolean temporary, int port) {
        this.server = server;
        this.logDir = logDir;
        this.temporary = temporary;
        this.port = port;
    }

    public static EmbeddedKafka start(Settings settings) {
        boolean temporary = settings.logDir() == null;
        Path logDir = temporary ? tempDir() : createDirs(settings.logDir());
        int port = Ports.claim("Kafka broker", settings.port());
        int controllerPort = Ports.claim("Kafka controller", 0);
        Properties props = BrokerProperties.of(NODE_ID, logDir, port, controllerPort);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        formatIfNeeded(config, logDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        EmbeddedKafka kafka = new EmbeddedKafka(server, logDir, temporary, port);
        try {
            server.startup();
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.close();
            throw Ports.explainBindFailure("Kafka broker", port, e);
        }
        return kafka;
    }

    private static void formatIfNeeded(KafkaConfig config, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .addDirectory(logDir.toString());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    log.debug("broker not ready yet: {}", e.getMessage());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the embedded Kafka broker did not become ready within "
                            + READY_TIMEOUT.toSeconds() + " s (log dir " + logDir + ")");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (temporary) {
                Directories.deleteQuietly(logDir);
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("wirewatch-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Kafka log directory", e);
        }
    }

    private static Path createDirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka log directory " + dir, e);
        }
    }
}
