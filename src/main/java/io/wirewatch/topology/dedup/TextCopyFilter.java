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
 * Second dedup step, partitioned by text fingerprint ({@link FingerprintPartitioner}, so every copy
 * of a story meets in one partition) and still keyed by article id:
 * remembers in {@code text-fingerprints} which article id first carried a text, drops another id
 * carrying the same text within {@code window} (the story republished by another feed), and
 * passes the rest. Fingerprints older than the window are forgotten.
 */
public final class TextCopyFilter extends ExpiringProcessor<String, RawArticle, String, RawArticle> {
    private static final Logger log = LoggerFactory.getLogger(TextCopyFilter.class);
    private final String storeName;
    private final Duration window;
    private TimestampedKeyValueStore<String, String> firstCarriers;

    public TextCopyFilter(String storeName, Duration window) {
        this.storeName = storeName;
        this.window = window;
    }

    @Override
    protected void open() {
        this.firstCarriers = expiring(storeName, window);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String id = record.value().getId();
        String fingerprint = DedupHeaders.fingerprint(record.headers());
        if (fingerprint == null) {
            fingerprint = TextFingerprint.of(record.value());
        }
        ValueAndTimestamp<String> first = firstCarriers.get(fingerprint);
        boolean copy = first != null && !first.value().equals(id)
                && record.timestamp() - first.timestamp() <= window.toMillis();
        if (copy) {
            log.debug("article {}: same text as article {}; skipped as a copy", id, first.value());
            return;
        }
        firstCarriers.put(fingerprint, ValueAndTimestamp.make(id, record.timestamp()));
        record.headers().remove(DedupHeaders.FINGERPRINT);
        context.forward(record);
    }
}
