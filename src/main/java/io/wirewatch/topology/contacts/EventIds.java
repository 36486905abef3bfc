package io.wirewatch.topology.contacts;

import io.wirewatch.extract.source.Sha256;
import io.wirewatch.schema.ContactEvent;

/**
 * Stable ids of real-world contact events: a hash of the dyad, type, status, date and the first
 * article that reported it, so a replay after a crash gives every event the id it had.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String of(String dyad, ContactEvent first) {
        String basis = String.join("|", dyad, first.getType().name(), first.getStatus().name(),
                String.valueOf(first.getEventDate()), first.getReportDate(),
                first.getSourceArticleIds().isEmpty() ? "" : first.getSourceArticleIds().get(0));
        return "ev-" + Sha256.hex(basis, 8);
    }
}
