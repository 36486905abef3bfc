package io.wirewatch.topology.contacts;

import io.wirewatch.schema.Actor;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.ContactLevel;
import io.wirewatch.schema.ContactMode;
import io.wirewatch.schema.Evidence;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When two reports are one contact, and what the contact is once both are known. Same contact:
 * same actor set, type and status; event dates equal, or one of them unknown; report dates within
 * the window. Merging keeps the first id and report date, unions the articles, replaces the
 * evidence of an article that is reported again (a changed version) and adds the rest, takes the
 * more specific level, mode and date, the higher confidence, and fills actors' missing entities.
 * A story carried by hundreds of articles keeps the first and the latest evidence and article ids
 * ({@link #MAX_EVIDENCE}, {@link #MAX_ARTICLES}); its revision counts every report.
 */
public final class EventMerge {
    /** Evidence kept per event: the first reports and the latest ones. */
    static final int MAX_EVIDENCE = 24;
    /** Article ids kept per event: the first reports and the latest ones; the revision counts all. */
    static final int MAX_ARTICLES = 100;
    private static final int KEEP_FIRST = 4;

    private EventMerge() {
    }

    public static boolean sameContact(ContactEvent open, ContactEvent reported, Duration window) {
        return open.getType() == reported.getType()
                && open.getStatus() == reported.getStatus()
                && codes(open).equals(codes(reported))
                && datesAgree(open.getEventDate(), reported.getEventDate())
                && daysApart(open.getReportDate(), reported.getReportDate()) <= window.toDays();
    }

    /** A report that opens a new event: its id set, revision 0. */
    public static ContactEvent opening(ContactEvent reported, String id) {
        return ContactEvent.newBuilder(reported).setId(id).setRevision(0).build();
    }

    public static ContactEvent merge(ContactEvent open, ContactEvent reported) {
        Set<String> reportingAgain = new HashSet<>(reported.getSourceArticleIds());
        List<Evidence> evidence = new ArrayList<>();
        open.getEvidence().stream().filter(e -> !reportingAgain.contains(e.getArticleId())).forEach(evidence::add);
        evidence.addAll(reported.getEvidence());
        Set<String> articles = new LinkedHashSet<>(open.getSourceArticleIds());
        articles.addAll(reported.getSourceArticleIds());
        return ContactEvent.newBuilder(open)
                .setLevel(open.getLevel() == ContactLevel.UNSPECIFIED ? reported.getLevel() : open.getLevel())
                .setMode(open.getMode() == ContactMode.UNSPECIFIED ? reported.getMode() : open.getMode())
                .setEventDate(moreSpecific(open.getEventDate(), reported.getEventDate()))
                .setReportDate(earlier(open.getReportDate(), reported.getReportDate()))
                .setActors(actors(open.getActors(), reported.getActors()))
                .setEvidence(firstAndLatest(evidence, MAX_EVIDENCE))
                .setSourceArticleIds(firstAndLatest(new ArrayList<>(articles), MAX_ARTICLES))
                .setConfidence(Math.max(open.getConfidence(), reported.getConfidence()))
                .setRevision(open.getRevision() + 1)
                .build();
    }

    /** At most {@code max} items: the first few and the most recent, so a story carried everywhere stays small. */
    static <T> List<T> firstAndLatest(List<T> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        List<T> kept = new ArrayList<>(items.subList(0, KEEP_FIRST));
        kept.addAll(items.subList(items.size() - (max - KEEP_FIRST), items.size()));
        return kept;
    }

    private static Set<String> codes(ContactEvent event) {
        Set<String> codes = new HashSet<>();
        event.getActors().forEach(a -> codes.add(a.getCode()));
        return codes;
    }

    private static boolean datesAgree(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private static String moreSpecific(String a, String b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() && b.startsWith(a) ? b : a;
    }

    private static long daysApart(String a, String b) {
        try {
            return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
        } catch (DateTimeParseException | NullPointerException e) {
            return Objects.equals(a, b) ? 0 : Long.MAX_VALUE;
        }
    }

    private static String earlier(String a, String b) {
        return a == null || (b != null && b.compareTo(a) < 0) ? b : a;
    }

    private static List<Actor> actors(List<Actor> open, List<Actor> reported) {
        List<Actor> merged = new ArrayList<>();
        for (Actor actor : open) {
            Actor filled = actor;
            if (actor.getEntity() == null) {
                for (Actor other : reported) {
                    if (other.getCode().equals(actor.getCode()) && other.getEntity() != null) {
                        filled = Actor.newBuilder(actor).setEntity(other.getEntity()).build();
                    }
                }
            }
            merged.add(filled);
        }
        return merged;
    }
}
