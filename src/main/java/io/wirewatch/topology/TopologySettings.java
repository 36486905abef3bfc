package io.wirewatch.topology;

import io.wirewatch.alert.AlertRules;
import java.time.Duration;

/**
 * The extractor topology's tunables.
 *
 * @param copyWindow     a text seen under another id within this window is a copy (7 days)
 * @param idRetention    how long an article id's last version is remembered (30 days)
 * @param eventWindow    reports of one contact at most this far apart (by report date) are merged (3 days)
 * @param eventRetention an event not reported for this long is closed (14 days)
 * @param alertQuiet     the same alert dedup key fires again only after this (24 hours)
 * @param alertRules     the rules evaluated on events and statements
 * @param maxValueBytes  the largest value written to a topic or store; a larger one is dead-lettered
 *                       ({@link RecordLimits#MAX_VALUE_BYTES})
 */
public record TopologySettings(Duration copyWindow, Duration idRetention, Duration eventWindow,
        Duration eventRetention, Duration alertQuiet, AlertRules alertRules, int maxValueBytes) {

    public static TopologySettings defaults(AlertRules rules) {
        return new TopologySettings(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(3), Duration.ofDays(14),
                Duration.ofHours(24), rules, RecordLimits.MAX_VALUE_BYTES);
    }

    public TopologySettings withMaxValueBytes(int bytes) {
        return new TopologySettings(copyWindow, idRetention, eventWindow, eventRetention, alertQuiet, alertRules, bytes);
    }
}
