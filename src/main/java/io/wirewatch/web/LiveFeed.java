package io.wirewatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirewatch.schema.view.ArticleSummary;
import io.wirewatch.serde.AvroSerdes;
import io.wirewatch.serde.AvroJson;
import io.wirewatch.topology.Topics;
import io.wirewatch.topology.WirewatchTopics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's live feed: reads the committed outputs (articles, contact events, statements,
 * alerts, dead letters) as they are written and pushes them to every connected browser as
 * server-sent events ({@code event: statement}, {@code data: {...}}); counts dead letters and
 * alerts for {@code /metrics}. Each instance reads every partition, so any instance serves the
 * whole feed. An article is read as its {@link ArticleSummary} (Avro schema resolution skips its
 * text, sentences and entities), and while no browser listens the shown topics are paused (not
 * fetched at all) and resume at their end when one connects: the feed only ever shows what comes.
 */
public final class LiveFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Topics read only to be shown; alerts and dead letters are also counted. */
    private static final Set<String> SHOWN_ONLY = Set.of(Topics.ANALYZED, Topics.CONTACT_EVENTS, Topics.STATEMENTS);
    private final KafkaConsumer<String, byte[]> consumer;
    private final WirewatchTopics topics;
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Counter deadLetters;
    private final Counter alerts;
    private final Deserializer<ArticleSummary> summaries;

    public LiveFeed(Map<String, Object> client, WirewatchTopics topics, MeterRegistry metrics) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "wirewatch-live-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topics = topics;
        this.summaries = AvroSerdes.specific(ArticleSummary.class, client, false).deserializer();
        this.deadLetters = Counter.builder("wirewatch.dlq.records").description("Records sent to " + Topics.DLQ)
                .register(metrics);
        this.alerts = Counter.builder("wirewatch.alerts.fired").description("Alerts written to " + Topics.ALERTS)
                .register(metrics);
        this.thread = new Thread(this::run, "wirewatch-live-feed");
        this.thread.setDaemon(true);
    }

    public LiveFeed start() {
        thread.start();
        return this;
    }

    /** Streams the feed to {@code out} until the client goes away; blocks the calling thread. */
    void serve(OutputStream out) throws InterruptedException {
        clients.add(out);
        try {
            while (running.get() && clients.contains(out)) {
                Thread.sleep(15_000);
                send(out, ": keep-alive\n\n");
            }
        } finally {
            clients.remove(out);
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.ANALYZED, Topics.CONTACT_EVENTS, Topics.STATEMENTS, Topics.ALERTS, Topics.DLQ));
            while (running.get()) {
                followListeners();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    publish(record);
                }
            }
        } catch (WakeupException stopping) {
            // closing
        } catch (RuntimeException e) {
            log.error("live feed stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void publish(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        if (record.topic().equals(Topics.DLQ)) {
            deadLetters.increment();
            return;
        }
        if (record.topic().equals(Topics.ALERTS)) {
            alerts.increment();
        }
        if (clients.isEmpty()) {
            return;
        }
        String type;
        Object value;
        switch (record.topic()) {
            case Topics.ALERTS -> {
                type = "alert";
                value = topics.alerts().valueSerde().deserializer().deserialize(record.topic(), record.value());
            }
            case Topics.STATEMENTS -> {
                type = "statement";
                value = topics.statements().valueSerde().deserializer().deserialize(record.topic(), record.value());
            }
            case Topics.CONTACT_EVENTS -> {
                type = "event";
                value = topics.contactEvents().valueSerde().deserializer().deserialize(record.topic(), record.value());
            }
            default -> {
                type = "article";
                value = summary(summaries.deserialize(record.topic(), record.value()));
            }
        }
        String json = value instanceof ObjectNode node ? node.toString() : AvroJson.toJson(value).toString();
        String message = "event: " + type + "\ndata: " + json + "\n\n";
        for (OutputStream client : clients) {
            send(client, message);
        }
    }

    /**
     * Pauses the shown topics while no browser listens (alerts and dead letters are still read, for
     * the counters); when one connects, they resume from their end. Partitions assigned later
     * (a rebalance) are paused on the next poll.
     */
    private void followListeners() {
        Set<TopicPartition> shown = consumer.assignment().stream().filter(tp -> SHOWN_ONLY.contains(tp.topic()))
                .collect(Collectors.toSet());
        if (clients.isEmpty()) {
            consumer.pause(shown);
            return;
        }
        Set<TopicPartition> paused = shown.stream().filter(consumer.paused()::contains).collect(Collectors.toSet());
        if (!paused.isEmpty()) {
            consumer.seekToEnd(paused);
            consumer.resume(paused);
        }
    }

    private static ObjectNode summary(ArticleSummary article) {
        ObjectNode node = JSON.createObjectNode();
        node.set("article", AvroJson.toJson(article.getArticle()));
        node.put("language", article.getLanguage());
        node.put("entities", article.getEntities().size());
        node.put("update", article.getUpdate());
        return node;
    }

    private void send(OutputStream client, String message) {
        try {
            synchronized (client) {
                client.write(message.getBytes(StandardCharsets.UTF_8));
                client.flush();
            }
        } catch (IOException gone) {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        clients.clear();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
