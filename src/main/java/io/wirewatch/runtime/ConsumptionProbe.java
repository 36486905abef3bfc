package io.wirewatch.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells whether a Kafka Streams application has consumed everything committed to its source
 * topics: the given input topics and its repartition topics ({@code <application.id>-...-repartition}).
 * For each partition it reads, {@code read_committed}, from the application's committed offset to
 * the partition's end; any record found there is still to be processed. Reading (rather than
 * comparing offsets) tells a pending record from the transaction markers exactly-once leaves
 * after the last one. Under exactly-once an application's offsets commit with its outputs, so once
 * nothing is pending, everything it will write for these inputs is committed.
 */
final class ConsumptionProbe implements AutoCloseable {
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String applicationId;
    private final List<String> inputs;

    ConsumptionProbe(Map<String, Object> clientProperties, String applicationId, Collection<String> inputs) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.admin = Admin.create(props);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.applicationId = applicationId;
        this.inputs = List.copyOf(inputs);
    }

    /** True when no committed record of a source topic lies at or after the application's committed offset. */
    boolean allConsumed(Duration timeout) throws InterruptedException {
        List<TopicPartition> partitions = sourcePartitions();
        Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets();
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (!consumer.poll(Duration.ofMillis(100)).isEmpty() || System.nanoTime() > deadline) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> sourcePartitions() throws InterruptedException {
        try {
            return admin.listTopics().names().get().stream()
                    .filter(t -> inputs.contains(t) || t.startsWith(applicationId + "-") && t.endsWith("-repartition"))
                    .flatMap(t -> consumer.partitionsFor(t).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list the topics of " + applicationId + ": " + e.getCause().getMessage(), e);
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets() throws InterruptedException {
        try {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the committed offsets of " + applicationId + ": " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() {
        consumer.close();
        admin.close();
    }
}
