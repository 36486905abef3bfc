package io.wirewatch.alert;

import io.wirewatch.schema.Alert;
import io.wirewatch.topology.state.ExpiringProcessor;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keyed by dedup key: passes the first alert of each key and drops the same key again within
 * {@code quietPeriod} (remembered in {@code alert-dedup}), so one story carried by many feeds, or
 * an event revised by each new report, alerts once. Fired alerts stay queryable in
 * {@code recent-alerts} for {@link #RECENT}.
 */
public final class AlertDeduplicator extends ExpiringProcessor<String, Alert, String, Alert> {
    /** How long fired alerts stay queryable in the recent-alerts store. */
    static final Duration RECENT = Duration.ofDays(7);
    private final String storeName;
    private final String recentStoreName;
    private final Duration quietPeriod;
    private TimestampedKeyValueStore<String, String> fired;
    private TimestampedKeyValueStore<String, Alert> recent;

    public AlertDeduplicator(String storeName, String recentStoreName, Duration quietPeriod) {
        this.storeName = storeName;
        this.recentStoreName = recentStoreName;
        this.quietPeriod = quietPeriod;
    }

    @Override
    protected void open() {
        this.fired = expiring(storeName, quietPeriod);
        this.recent = expiring(recentStoreName, RECENT);
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
