package io.wirewatch.topology.dedup;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.state.ExpiringProcessor;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First dedup step, keyed by article id: reads raw articles, remembers each id's text fingerprint
 * in {@code article-versions}, drops a re-poll (same id, same text), passes a new article and a
 * changed version (same id, new text; marked {@link DedupHeaders#UPDATE}) with its text
 * fingerprint in a header, by which {@link FingerprintPartitioner} routes it to the second step. Ids unseen for {@code retention} (stream time) are forgotten.
 */
public final class ArticleVersionFilter extends ExpiringProcessor<String, RawArticle, String, RawArticle> {
    private static final Logger log = LoggerFactory.getLogger(ArticleVersionFilter.class);
    private final String storeName;
    private final Duration retention;
    private TimestampedKeyValueStore<String, String> versions;

    public ArticleVersionFilter(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    @Override
    protected void open() {
        this.versions = expiring(storeName, retention);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String id = record.value().getId();
        String fingerprint = TextFingerprint.of(record.value());
        ValueAndTimestamp<String> previous = versions.get(id);
        if (previous != null && fingerprint.equals(previous.value())) {
            log.debug("article {}: same text as before; skipped", id);
            return;
        }
        versions.put(id, ValueAndTimestamp.make(fingerprint, record.timestamp()));
        DedupHeaders.markUpdate(record.headers(), previous != null);
        DedupHeaders.setFingerprint(record.headers(), fingerprint);
        context.forward(record);
    }
}
