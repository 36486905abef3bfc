package io.wirewatch.topology.contacts;

import io.wirewatch.schema.ContactEvent;
import io.wirewatch.topology.state.ExpiringProcessor;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Cross-article events, keyed by dyad ({@code FRA|RUS}): reads the contact events of single
 * articles and writes real-world events. An event whose dyad, type, status and date match an open
 * event reported within {@code window} joins it ({@link EventMerge}): its article and evidence are
 * added, the revision goes up, the id stays. Otherwise it opens a new event with a stable id
 * ({@link EventIds}). Open events live in {@code open-contact-events} under
 * {@code dyad|event id}; those not reported for {@code retention} (stream time) are closed.
 */
public final class EventCorrelator extends ExpiringProcessor<String, ContactEvent, String, ContactEvent> {
    private final String storeName;
    private final Duration window;
    private final Duration retention;
    private TimestampedKeyValueStore<String, ContactEvent> open;

    public EventCorrelator(String storeName, Duration window, Duration retention) {
        this.storeName = storeName;
        this.window = window;
        this.retention = retention;
    }

    @Override
    protected void open() {
        this.open = expiring(storeName, retention);
    }

    @Override
    public void process(Record<String, ContactEvent> record) {
        String dyad = record.key();
        ContactEvent reported = record.value();
        ContactEvent joined = null;
        String joinedKey = null;
        try (KeyValueIterator<String, ValueAndTimestamp<ContactEvent>> candidates =
                     open.prefixScan(dyad + "#", new org.apache.kafka.common.serialization.StringSerializer())) {
            while (candidates.hasNext() && joined == null) {
                KeyValue<String, ValueAndTimestamp<ContactEvent>> candidate = candidates.next();
                if (EventMerge.sameContact(candidate.value.value(), reported, window)) {
                    joined = EventMerge.merge(candidate.value.value(), reported);
                    joinedKey = candidate.key;
                }
            }
        }
        if (joined == null) {
            joined = EventMerge.opening(reported, EventIds.of(dyad, reported));
            joinedKey = dyad + "#" + joined.getId();
        }
        open.put(joinedKey, ValueAndTimestamp.make(joined, record.timestamp()));
        context.forward(record.withValue(joined));
    }
}
