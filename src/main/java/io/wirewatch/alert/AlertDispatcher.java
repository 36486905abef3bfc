package io.wirewatch.alert;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.Severity;
import io.wirewatch.serde.AvroJson;
import io.wirewatch.serde.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers fired alerts from {@code news.alert.v1} (committed records only) to the log and, when
 * configured, a webhook, on its own thread so a slow receiver never stalls the stream threads.
 * Offsets are committed after each batch is handled, so a restart resumes where it stopped
 * (at-least-once: the webhook may see an alert again after a crash; the alert id and dedup key
 * let it drop the repeat).
 */
public final class AlertDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("wirewatch.alerts");
    private final KafkaConsumer<String, Alert> consumer;
    private final Topic<String, Alert> topic;
    private final WebhookSender webhook;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);

    /**
     * @param groupId consumer group of the dispatchers (one delivery per alert across instances)
     * @param webhook where to POST alerts, or null for the log only
     */
    public AlertDispatcher(Map<String, Object> clientProperties, Topic<String, Alert> topic, String groupId,
            WebhookSender webhook) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
        this.consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.topic = topic;
        this.webhook = webhook;
        this.thread = new Thread(this::run, "wirewatch-alert-dispatcher");
        this.thread.setDaemon(true);
    }

    public AlertDispatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic.name()));
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, Alert> record : records) {
                    if (record.value() != null) {
                        deliver(record.value());
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            // close() asked us to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("alert dispatcher stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void deliver(Alert alert) throws InterruptedException {
        String line = "ALERT " + alert.getSeverity() + " [" + alert.getRuleId() + "] " + alert.getSummary();
        if (alert.getSeverity() == Severity.INFO) {
            log.info(line);
        } else {
            log.warn(line);
        }
        if (webhook != null) {
            WebhookSender.Delivery delivery = webhook.post(AvroJson.toJson(alert).toString());
            if (!delivery.delivered()) {
                log.error("alert {} not delivered to the webhook after {} attempt(s): {}", alert.getId(),
                        delivery.attempts(), delivery.lastError());
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
