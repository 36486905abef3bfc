package io.wirewatch.topology.alerts;

import io.wirewatch.schema.Alert;
import io.wirewatch.topology.state.StorePurge;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keyed by dedup key: passes the first alert of each key and drops the same key again within
 * {@code quietPeriod} (remembered in {@code alert-dedup}), so one story carried by many feeds, or
 * an event revised by each new report, alerts once. Fired alerts stay queryable in
 * {@code recent-alerts} for {@link #RECENT}.
 */
public final class AlertDeduplicator implements Processor<String, Alert, String, Alert> {
    /** How long fired alerts stay queryable in the recent-alerts store. */
    static final Duration RECENT = Duration.ofDays(7);
    private final String storeName;
    private final String recentStoreName;
    private final Duration quietPeriod;
    private ProcessorContext<String, Alert> context;
    private TimestampedKeyValueStore<String, String> fired;
    private TimestampedKeyValueStore<String, Alert> recent;

    public AlertDeduplicator(String storeName, String recentStoreName, Duration quietPeriod) {
        this.storeName = storeName;
        this.recentStoreName = recentStoreName;
        this.quietPeriod = quietPeriod;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.fired = context.getStateStore(storeName);
        this.recent = context.getStateStore(recentStoreName);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, now -> {
            StorePurge.olderThan(fired, now - quietPeriod.toMillis());
            StorePurge.olderThan(recent, now - RECENT.toMillis());
        });
    }

    @Override
    public void process(Record<String, Alert> record) {
        ValueAndTimestamp<String> before = fired.get(record.key());
        if (before != null && record.timestamp() - before.timestamp() < quietPeriod.toMillis()) {
            return;
        }
        fired.put(record.key(), ValueAndTimestamp.make(record.value().getId(), record.timestamp()));
        recent.put(record.value().getId(), ValueAndTimestamp.make(record.value(), record.timestamp()));
        context.forward(record);
    }
}
