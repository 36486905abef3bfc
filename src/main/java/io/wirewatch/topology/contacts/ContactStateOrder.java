package io.wirewatch.topology.contacts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule for which of a country pair's contact events states the pair's current status:
 * the latest reported state of the contact, decided from the events themselves and never from the
 * order in which they were processed. The {@code dyad-status} store, the status-change alert rule
 * and the API ({@code /api/dyads}, the per-pair timeline) all order events with it. Older first:
 * <ol>
 *   <li>the state's date ({@link #asOf}): the event's own date when it is not after its report
 *       date, else the report date. A plan or proposal is news on the day it is reported, not on
 *       the day it is for; a plan made in January and reported in February dates from January, so
 *       it is older than contacts reported resumed on February 10. A date given only to the month
 *       or the year counts from its first day; an unknown date is the report date;</li>
 *   <li>then the report date (the earliest report of the event);</li>
 *   <li>then the phase of the status on the same day: intentions (POSSIBLE, PROPOSED, PLANNED)
 *       before contacts (CONFIRMED, RESUMED) before their end or denial (DENIED, SUSPENDED, NONE),
 *       as a plan precedes the contact and a contact resumed then dropped again ends dropped;</li>
 *   <li>then the event id, which is stable, so that even a full tie is decided the same way on
 *       every instance and after every restart.</li>
 * </ol>
 */
public final class ContactStateOrder {
    /** Statuses by phase, earliest first; unknown statuses come before all of them. */
    private static final List<String> PHASES = List.of("UNKNOWN", "POSSIBLE", "PROPOSED", "PLANNED", "CONFIRMED",
            "RESUMED", "DENIED", "SUSPENDED", "NONE");

    /** Events of one pair, older states first: the last one is the pair's status. */
    public static final Comparator<DyadStatus.Entry> OLDER_FIRST = Comparator
            .comparing((DyadStatus.Entry e) -> asOf(e.eventDate(), e.reportDate()))
            .thenComparing(e -> day(e.reportDate()), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(e -> PHASES.indexOf(e.status()))
            .thenComparing(DyadStatus.Entry::eventId);

    private ContactStateOrder() {
    }

    /** True when {@code a} states a later state of the contact than {@code b}. */
    public static boolean newer(DyadStatus.Entry a, DyadStatus.Entry b) {
        return OLDER_FIRST.compare(a, b) > 0;
    }

    /**
     * The date the event's state holds from (ISO, {@code yyyy-MM-dd}): its own date, unless that
     * is unknown or after the report date, then the report date; {@code 0000-01-01} when neither
     * can be read.
     */
    public static String asOf(String eventDate, String reportDate) {
        LocalDate reported = day(reportDate);
        LocalDate happened = day(eventDate);
        LocalDate asOf = happened == null || (reported != null && happened.isAfter(reported)) ? reported : happened;
        return (asOf == null ? LocalDate.of(0, 1, 1) : asOf).toString();
    }

    /** {@code 2026-02-10}, {@code 2026-02} (its first day) or {@code 2026} (January 1), else null. */
    static LocalDate day(String date) {
        if (date == null) {
            return null;
        }
        String padded = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date.length() > 10 ? date.substring(0, 10) : date;
        };
        try {
            return LocalDate.parse(padded);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
