package io.wirewatch.topology.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * The contact state of one country pair, as the {@code dyad-status} store holds it (Avro, schemas/state/DyadStatusState.avsc): the
 * status of its latest reported state ({@link ContactStateOrder}, whatever order the events were
 * processed in), that event's level, dates, id and first evidence sentence, and the history of
 * events behind it (older states first, at most {@link #HISTORY} entries, each event at its
 * highest revision).
 */
public record DyadStatus(String dyad, String status, String level, String eventDate, String reportDate,
        String eventId, String evidence, long updatedAt, List<Entry> history) {
    static final int HISTORY = 20;

    /**
     * One event in a dyad's history.
     *
     * @param articleId the article of the first evidence sentence, or null
     * @param at        when this instance processed the revision (epoch ms); never used for ordering
     */
    public record Entry(String eventId, String type, String status, String level, String eventDate, String reportDate,
            int revision, int articles, String evidence, String articleId, long at) {
    }

    /**
     * The state after {@code entry} is reported: the entry replaces its event's lower revision (a
     * lower revision arriving late changes nothing), and the latest state by
     * {@link ContactStateOrder} is the pair's status.
     */
    static DyadStatus after(DyadStatus before, String dyad, Entry entry) {
        List<Entry> history = new ArrayList<>();
        Entry reported = entry;
        if (before != null) {
            for (Entry e : before.history()) {
                if (!e.eventId().equals(entry.eventId())) {
                    history.add(e);
                } else if (e.revision() > entry.revision()) {
                    reported = e;
                }
            }
        }
        history.add(reported);
        history.sort(ContactStateOrder.OLDER_FIRST);
        if (history.size() > HISTORY) {
            history = new ArrayList<>(history.subList(history.size() - HISTORY, history.size()));
        }
        Entry latest = history.get(history.size() - 1);
        return new DyadStatus(dyad, latest.status(), latest.level(), latest.eventDate(), latest.reportDate(),
                latest.eventId(), latest.evidence(), entry.at(), List.copyOf(history));
    }

    /** The entry stating the pair's status. */
    public Entry latest() {
        return history.get(history.size() - 1);
    }

    /**
     * Whether the event {@code eventId}, just reported, changed the pair's status from
     * {@code before} (null: the pair is new): the status differs and that event states it. The
     * status-change alert rule fires on this, so it follows the same order as the store.
     */
    boolean statusChangedBy(DyadStatus before, String eventId) {
        return (before == null || !before.status().equals(status)) && this.eventId.equals(eventId);
    }
}
