package io.wirewatch.ingest;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.serde.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Publishes raw articles to {@code news.article.raw.v1}, keyed by article id, with an idempotent
 * producer (acks=all) so retries after a broker hiccup never duplicate a record.
 */
public final class RawArticleProducer implements AutoCloseable {
    private final KafkaProducer<String, RawArticle> producer;
    private final Topic<String, RawArticle> topic;

    public RawArticleProducer(Map<String, Object> clientProperties, Topic<String, RawArticle> topic) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        this.topic = topic;
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** Sends the articles and waits for every acknowledgement; returns one outcome per article. */
    public List<Outcome> sendAll(List<RawArticle> articles) throws InterruptedException {
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (RawArticle article : articles) {
            try {
                pending.add(producer.send(new ProducerRecord<>(topic.name(), article.getId(), article)));
                refused.add(null);
            } catch (KafkaException e) {
                // Serialization (registry unreachable, schema rejected) fails before sending.
                pending.add(null);
                refused.add(e.getMessage());
            }
        }
        producer.flush();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            outcomes.add(outcome(articles.get(i).getId(), pending.get(i), refused.get(i)));
        }
        return outcomes;
    }

    private static Outcome outcome(String id, Future<RecordMetadata> sent, String refusal)
            throws InterruptedException {
        if (sent == null) {
            return new Outcome(id, -1, -1, refusal, false);
        }
        try {
            RecordMetadata meta = sent.get();
            return new Outcome(id, meta.partition(), meta.offset(), null, false);
        } catch (ExecutionException e) {
            return new Outcome(id, -1, -1, e.getCause().getMessage(), e.getCause() instanceof RecordTooLargeException);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    /**
     * Where an article landed, or why it did not ({@code error} non-null; {@code tooLarge} when the
     * record exceeds the producer's or broker's size limit, which no retry changes).
     */
    public record Outcome(String articleId, int partition, long offset, String error, boolean tooLarge) {
        public boolean ok() {
            return error == null;
        }
    }
}
