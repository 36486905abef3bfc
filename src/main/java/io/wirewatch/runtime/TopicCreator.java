package io.wirewatch.runtime;

import io.wirewatch.topology.RecordLimits;
import io.wirewatch.topology.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Wirewatch's topics when they are missing, leaving existing ones alone. Articles and
 * extractions are kept 7 days, alerts 30, dead letters 30 (time to look at them); the replication
 * factor is the broker's default. A broker that does not answer gets a clear error.
 */
public final class TopicCreator {
    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicCreator() {
    }

    /** The topics with their settings, for a partition count. */
    public static List<NewTopic> topics(int partitions) {
        return Topics.ALL.stream().map(name -> new NewTopic(name, java.util.Optional.of(partitions),
                java.util.Optional.empty()).configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionDays(name) * DAY_MS),
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes(name)))))
                .toList();
    }

    public static void ensureTopics(Map<String, Object> clientProperties, int partitions) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = topics(partitions).stream().filter(t -> !existing.contains(t.name())).toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                awaitCreated(result.getKey(), result.getValue());
            }
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka at " + clientProperties.get("bootstrap.servers")
                    + " to create topics: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static void awaitCreated(String topic, org.apache.kafka.common.KafkaFuture<Void> future)
            throws InterruptedException, TimeoutException {
        try {
            future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
            }
        }
    }

    /** A dead letter carries a whole input record and the error: its topic takes more (see RecordLimits). */
    static int maxMessageBytes(String topic) {
        return topic.equals(Topics.DLQ) ? RecordLimits.DEAD_LETTER_MAX_BYTES : RecordLimits.TOPIC_MAX_MESSAGE_BYTES;
    }

    private static long retentionDays(String topic) {
        return topic.equals(Topics.DLQ) || topic.equals(Topics.ALERTS) ? 30 : 7;
    }
}
