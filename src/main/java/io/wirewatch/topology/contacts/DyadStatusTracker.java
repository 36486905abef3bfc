package io.wirewatch.topology.contacts;

import io.wirewatch.schema.ContactEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by dyad: reads the cross-article contact events, keeps each country pair's
 * {@link DyadStatus} in {@code dyad-status} (queryable) and forwards each {@link DyadChange} to the
 * alert step. "Latest" is {@link ContactStateOrder}'s: an older state processed late does not
 * change the status. A processor rather than a DSL aggregate: an entry carries the record's time,
 * which an {@code Aggregator} does not see; the alert step needs the state before and after, where
 * an aggregate's {@code toStream()} hands on the new value only; and a cached aggregate forwards
 * one update per pair per commit, which would lose the alerts of all but the last event of a pair
 * in a commit. Here the store is cached and every change is forwarded.
 */
public final class DyadStatusTracker implements FixedKeyProcessor<String, ContactEvent, DyadChange> {
    private final String storeName;
    private FixedKeyProcessorContext<String, DyadChange> context;
    private KeyValueStore<String, DyadStatus> statuses;

    public DyadStatusTracker(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DyadChange> context) {
        this.context = context;
        this.statuses = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, ContactEvent> record) {
        String dyad = record.key();
        ContactEvent event = record.value();
        DyadStatus before = statuses.get(dyad);
        DyadStatus after = DyadStatus.after(before, dyad, entry(event, record.timestamp()));
        statuses.put(dyad, after);
        context.forward(record.withValue(new DyadChange(dyad, before, after, event, record.timestamp())));
    }

    private static DyadStatus.Entry entry(ContactEvent event, long at) {
        return new DyadStatus.Entry(event.getId(), event.getType().name(), event.getStatus().name(),
                event.getLevel().name(), event.getEventDate(), event.getReportDate(), event.getRevision(),
                event.getSourceArticleIds().size(),
                event.getEvidence().isEmpty() ? null : event.getEvidence().get(0).getText(),
                event.getEvidence().isEmpty() ? null : event.getEvidence().get(0).getArticleId(), at);
    }
}
