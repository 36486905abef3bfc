package io.wirewatch.runtime;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.topology.ExtractorTopology;
import io.wirewatch.topology.StreamsSettings;
import io.wirewatch.topology.TopologySettings;
import io.wirewatch.topology.alerts.AlertRules;
import java.nio.file.Path;
import io.wirewatch.topology.WirewatchTopics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The extractor as a running service on a cluster: topics created when missing, the value schema of
 * every topic registered (an incompatible schema stops the start with the registry's reason), then
 * the Kafka Streams application started and RUNNING.
 */
public final class Pipeline implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private final ExtractorService extractor;
    private final WirewatchTopics topics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Pipeline(ExtractorService extractor, WirewatchTopics topics) {
        this.extractor = extractor;
        this.topics = topics;
    }

    public static Pipeline start(WirewatchConfig config) throws InterruptedException {
        Map<String, Object> client = config.clientProperties();
        if (config.get(WirewatchConfig.CREATE_TOPICS)) {
            TopicCreator.ensureTopics(client, config.get(WirewatchConfig.PARTITIONS));
        }
        WirewatchTopics topics = WirewatchTopics.withRegistry(client);
        SchemaRegistrar.registerAll(client);
        ExtractorService extractor = new ExtractorService(
                ExtractorTopology.buildTopology(topics, Extractors.processor(), TopologySettings.defaults(alertRules(config))),
                StreamsSettings.of(client));
        extractor.start().awaitRunning(START_TIMEOUT);
        return new Pipeline(extractor, topics);
    }

    /** The rules file named by {@code wirewatch.alert.rules}, else the bundled rules. */
    static AlertRules alertRules(WirewatchConfig config) {
        String file = config.get(WirewatchConfig.ALERT_RULES);
        return file.isBlank() ? AlertRules.bundled() : AlertRules.load(Path.of(file));
    }

    public WirewatchTopics topics() {
        return topics;
    }

    public ExtractorService extractor() {
        return extractor;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            extractor.close();
        }
    }
}
