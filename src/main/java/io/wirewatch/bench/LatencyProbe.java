package io.wirewatch.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches a downstream topic as a consumer would ({@code read_committed}) and records, for each
 * awaited key, the time from the record's timestamp (the raw article's produce time, which Kafka
 * Streams carries to its outputs) to its arrival here, in an HdrHistogram (microseconds).
 */
final class LatencyProbe implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;

    LatencyProbe(Map<String, Object> client, String topic) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    /** What one phase measured. */
    record Measured(Histogram latencyMicros, int received, long firstArrivalMillis, long lastArrivalMillis) {
    }

    /** Polls until every key of {@code awaited} has arrived once, or {@code timeout} passes. */
    Measured await(Set<String> awaited, Duration timeout) {
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        Set<String> pending = new java.util.HashSet<>(awaited);
        long first = 0;
        long last = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                long now = System.currentTimeMillis();
                if (pending.remove(record.key())) {
                    histogram.recordValue(Math.max(0, now - record.timestamp()) * 1000);
                    first = first == 0 ? now : first;
                    last = now;
                }
            }
        }
        return new Measured(histogram, awaited.size() - pending.size(), first, last);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
