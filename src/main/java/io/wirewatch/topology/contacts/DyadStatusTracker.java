package io.wirewatch.topology.contacts;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.alert.AlertMaker;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by dyad: reads the cross-article contact events, keeps each country pair's
 * {@link DyadStatus} in {@code dyad-status} (queryable), and writes the alerts that a new event or
 * a change of the dyad's latest status fires, keyed by their dedup key. "Latest" is
 * {@link ContactStateOrder}'s, for the store and the status-change rule alike: an older state
 * processed late neither changes the status nor fires.
 */
public final class DyadStatusTracker implements Processor<String, ContactEvent, String, Alert> {
    private final String storeName;
    private final AlertMaker alerts;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, DyadStatus> statuses;

    public DyadStatusTracker(String storeName, AlertMaker alerts) {
        this.storeName = storeName;
        this.alerts = alerts;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.statuses = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ContactEvent> record) {
        String dyad = record.key();
        ContactEvent event = record.value();
        DyadStatus before = statuses.get(dyad);
        DyadStatus after = DyadStatus.after(before, dyad, entry(event, record.timestamp()));
        statuses.put(dyad, after);

        List<Alert> fired = new ArrayList<>();
        if (event.getRevision() == 0) {
            fired.addAll(alerts.newEvent(dyad, event, record.timestamp()));
        }
        if (after.statusChangedBy(before, event.getId())) {
            fired.addAll(alerts.statusChange(dyad, before == null ? null : before.status(), event, record.timestamp()));
        }
        for (Alert alert : fired) {
            context.forward(new Record<>(alert.getDedupKey(), alert, record.timestamp()));
        }
    }

    private static DyadStatus.Entry entry(ContactEvent event, long at) {
        return new DyadStatus.Entry(event.getId(), event.getType().name(), event.getStatus().name(),
                event.getLevel().name(), event.getEventDate(), event.getReportDate(), event.getRevision(),
                event.getSourceArticleIds().size(),
                event.getEvidence().isEmpty() ? null : event.getEvidence().get(0).getText(),
                event.getEvidence().isEmpty() ? null : event.getEvidence().get(0).getArticleId(), at);
    }
}
