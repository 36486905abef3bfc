package io.wirewatch.reliability;

import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.Statement;
import io.wirewatch.topology.Topics;
import io.wirewatch.topology.WirewatchTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the extractor's outputs as a downstream consumer does ({@code read_committed}, from the
 * beginning) and keeps every record: analyzed articles, statements, contact events, dead letters.
 */
final class Outputs implements AutoCloseable {
    final List<AnalyzedArticle> analyzed = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<ContactEvent> events = new ArrayList<>();
    final List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
    private final java.util.Set<String> read = new java.util.HashSet<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final WirewatchTopics topics;

    Outputs(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "outputs-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.ANALYZED, Topics.STATEMENTS, Topics.CONTACT_EVENTS, Topics.DLQ));
        topics = WirewatchTopics.withRegistry(client);
    }

    void poll() {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            // A consumer may fetch a record twice (its position reset after the broker restarts):
            // the log holds it once, and the log is what is judged.
            if (!read.add(r.topic() + "-" + r.partition() + "@" + r.offset())) {
                continue;
            }
            switch (r.topic()) {
                case Topics.ANALYZED -> analyzed.add(topics.analyzed().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                case Topics.STATEMENTS -> statements.add(topics.statements().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                case Topics.CONTACT_EVENTS -> events.add(topics.contactEvents().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                default -> dead.add(r);
            }
        }
    }

    /** Polls until {@code done} holds; false when {@code timeout} passes first. */
    boolean awaitUntil(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            poll();
        }
        return true;
    }

    /** Polls for {@code quiet} more, to see anything (a duplicate) still arriving. */
    void drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
    }

    List<String> analyzedIds() {
        return analyzed.stream().map(a -> a.getArticle().getId()).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
