package io.wirewatch.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.serde.AvroJson;
import io.wirewatch.topology.state.StorePurge;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keyed by article id: keeps each analyzed article with its statements and contact events, as
 * one JSON document, in {@code article-views} for the article view of the dashboard
 * ({@code /api/articles/{id}}); articles older than {@code retention} (stream time) are dropped.
 */
final class ArticleViewRecorder implements Processor<String, Extraction, Void, Void> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String storeName;
    private final Duration retention;
    private TimestampedKeyValueStore<String, String> views;

    ArticleViewRecorder(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.views = context.getStateStore(storeName);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME,
                now -> StorePurge.olderThan(views, now - retention.toMillis()));
    }

    @Override
    public void process(Record<String, Extraction> record) {
        Extraction x = record.value();
        ObjectNode view = JSON.createObjectNode();
        view.set("analyzed", AvroJson.toJson(x.analyzed()));
        view.set("statements", AvroJson.toJson(x.statements()));
        view.set("events", AvroJson.toJson(x.events()));
        views.put(record.key(), ValueAndTimestamp.make(view.toString(), record.timestamp()));
    }
}
