package io.wirewatch.topology.contacts;

import io.wirewatch.alert.AlertMaker;
import io.wirewatch.schema.Alert;
import io.wirewatch.schema.ContactEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What one contact event did to its pair's {@link DyadStatus}: the state before (null: a new pair)
 * and after, the event, and the record time. The alert step downstream of {@code dyad-status}
 * evaluates the contact rules on it; it never leaves the stream thread (no serde).
 */
public record DyadChange(String dyad, DyadStatus before, DyadStatus after, ContactEvent event, long at) {

    /**
     * The alerts it fires: the new-event rules for an event's first report (revision 0), the
     * status-change rules when this event now states the pair's status and the status differs.
     */
    public List<Alert> alerts(AlertMaker rules) {
        List<Alert> fired = new ArrayList<>();
        if (event.getRevision() == 0) {
            fired.addAll(rules.newEvent(dyad, event, at));
        }
        if (after.statusChangedBy(before, event.getId())) {
            fired.addAll(rules.statusChange(dyad, before == null ? null : before.status(), event, at));
        }
        return fired;
    }
}
