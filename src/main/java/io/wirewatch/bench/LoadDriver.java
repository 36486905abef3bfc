package io.wirewatch.bench;

import io.wirewatch.schema.RawArticle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Offers benchmark articles to a topic, serialized once up front (so serialization is not timed):
 * all at once (maximum rate) or one every {@code 1/rate} seconds on a fixed schedule (the offered
 * rate does not bend to the system's speed). Idempotent producer, acks=all, as the real producer.
 */
final class LoadDriver implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;

    LoadDriver(Map<String, Object> client, int lingerMs) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    static List<byte[]> serialize(List<RawArticle> articles, Serializer<RawArticle> serializer, String topic) {
        return articles.stream().map(a -> serializer.serialize(topic, a)).toList();
    }

    /** Sends everything as fast as the producer takes it; returns when all are acknowledged. */
    long sendAll(String topic, List<RawArticle> articles, List<byte[]> values) {
        long start = System.currentTimeMillis();
        for (int i = 0; i < articles.size(); i++) {
            producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), articles.get(i).getId(), values.get(i)));
        }
        producer.flush();
        return start;
    }

    /** Sends one article every {@code 1/rate} s, on schedule; returns the start time. */
    long sendAtRate(String topic, List<RawArticle> articles, List<byte[]> values, int rate) {
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        long interval = Duration.ofSeconds(1).toNanos() / rate;
        for (int i = 0; i < articles.size(); i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), articles.get(i).getId(), values.get(i)));
        }
        producer.flush();
        return startMillis;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
