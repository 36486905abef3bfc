package io.wirewatch.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads committed records from output topics from the beginning and hands each to a sink; can tell
 * when it has caught up with everything committed so far. Single-threaded: call from one thread.
 */
public final class OutputFollower implements AutoCloseable {
    private final KafkaConsumer<String, Object> consumer;
    private final List<String> topics;

    public OutputFollower(Map<String, Object> clientProperties, Collection<String> topics,
            Deserializer<Object> values) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), values);
        this.topics = List.copyOf(topics);
        List<TopicPartition> partitions = this.topics.stream()
                .flatMap(t -> consumer.partitionsFor(t).stream())
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls once and passes every record to the sink; returns how many there were. */
    public int pollOnce(Duration timeout, Consumer<ConsumerRecord<String, Object>> sink) {
        int count = 0;
        for (ConsumerRecord<String, Object> record : consumer.poll(timeout)) {
            sink.accept(record);
            count++;
        }
        return count;
    }

    /** Polls until the position of every partition reaches its committed end as of now. */
    public void catchUp(Duration timeout, Consumer<ConsumerRecord<String, Object>> sink) {
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(consumer.assignment()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("did not catch up with " + topics + " within " + timeout.toSeconds() + " s");
            }
            pollOnce(Duration.ofMillis(200), sink);
        }
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
