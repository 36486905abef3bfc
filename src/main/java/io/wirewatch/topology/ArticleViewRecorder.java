package io.wirewatch.topology;

import io.wirewatch.schema.state.ArticleView;
import io.wirewatch.topology.state.ExpiringProcessor;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keyed by article id: keeps each analyzed article with its statements and contact events, as one
 * typed {@link ArticleView} (Avro, schemas/state/), in {@code article-views} for the article view
 * of the dashboard ({@code /api/articles/{id}}); articles older than {@code retention} (stream
 * time) are dropped.
 */
final class ArticleViewRecorder extends ExpiringProcessor<String, Extraction, Void, Void> {
    private final String storeName;
    private final Duration retention;
    private TimestampedKeyValueStore<String, ArticleView> views;

    ArticleViewRecorder(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    @Override
    protected void open() {
        this.views = expiring(storeName, retention);
    }

    @Override
    public void process(Record<String, Extraction> record) {
        Extraction x = record.value();
        ArticleView view = new ArticleView(x.analyzed(), x.statements(), x.events());
        views.put(record.key(), ValueAndTimestamp.make(view, record.timestamp()));
    }
}
