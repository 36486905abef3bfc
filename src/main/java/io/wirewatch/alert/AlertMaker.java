package io.wirewatch.alert;

import io.wirewatch.extract.source.Sha256;
import io.wirewatch.schema.Alert;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.EntityRef;
import io.wirewatch.schema.Statement;
import io.wirewatch.alert.AlertRule.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Applies the {@link AlertRules} to contact events and statements and writes the {@link Alert}s
 * they fire. Each alert carries a dedup key that is the same for every copy of the story (the
 * event id; the speaker and the words of the quote), so twenty feeds raise one alert.
 */
public final class AlertMaker {
    private static final int SUMMARY_QUOTE_CHARS = 160;
    private final AlertRules rules;

    public AlertMaker(AlertRules rules) {
        this.rules = rules;
    }

    /** Rules for a contact event reported for the first time. */
    public List<Alert> newEvent(String dyad, ContactEvent event, long timestamp) {
        List<Alert> alerts = new ArrayList<>();
        for (AlertRule rule : rules.ofType(Type.NEW_CONTACT_EVENT)) {
            if (involves(event, rule.actors()) && (rule.statuses().isEmpty() || rule.statuses().contains(event.getStatus().name()))) {
                alerts.add(alert(rule, "New contact " + dyad + ": " + describe(event), rule.id() + "|" + event.getId(),
                        event.getId(), null, event.getSourceArticleIds(), timestamp));
            }
        }
        return alerts;
    }

    /** Rules for a dyad whose latest status changed from {@code previous} (null: the dyad is new). */
    public List<Alert> statusChange(String dyad, String previous, ContactEvent event, long timestamp) {
        List<Alert> alerts = new ArrayList<>();
        for (AlertRule rule : rules.ofType(Type.STATUS_CHANGE)) {
            if (involves(event, rule.actors()) && (rule.statuses().isEmpty() || rule.statuses().contains(event.getStatus().name()))) {
                String summary = dyad + " contacts now " + event.getStatus()
                        + (previous == null ? "" : " (were " + previous + ")") + ": " + describe(event);
                alerts.add(alert(rule, summary, rule.id() + "|" + dyad + "|" + event.getStatus() + "|" + event.getId(),
                        event.getId(), null, event.getSourceArticleIds(), timestamp));
            }
        }
        return alerts;
    }

    /**
     * Rules for a statement.
     *
     * @param lastBySpeaker when the speaker was last heard before this statement (epoch ms), or null
     */
    public List<Alert> statement(Statement statement, Long lastBySpeaker, long timestamp) {
        List<Alert> alerts = new ArrayList<>();
        String speaker = statement.getSpeaker().getId();
        String words = hash(normalized(statement.getQuote()));
        String summary = statement.getSpeaker().getName() + ": «" + shortened(statement.getQuote()) + "»";
        List<String> articles = List.of(statement.getArticle().getId());
        for (AlertRule rule : rules.ofType(Type.FIRST_STATEMENT)) {
            boolean quiet = lastBySpeaker == null || timestamp - lastBySpeaker >= rule.withinHours() * 3_600_000L;
            if (rule.speakers().contains(speaker) && quiet) {
                alerts.add(alert(rule, "First statement in " + rule.withinHours() + " h by " + summary,
                        rule.id() + "|" + speaker + "|" + words, null, statement.getId(), articles, timestamp));
            }
        }
        Set<String> named = new HashSet<>();
        statement.getMentions().stream().map(EntityRef::getId).forEach(named::add);
        for (AlertRule rule : rules.ofType(Type.STATEMENT_MENTIONS)) {
            List<String> hits = rule.entities().stream().filter(named::contains).toList();
            if (!hits.isEmpty()) {
                alerts.add(alert(rule, "Statement naming " + String.join(", ", hits) + " by " + summary,
                        rule.id() + "|" + speaker + "|" + words, null, statement.getId(), articles, timestamp));
            }
        }
        return alerts;
    }

    private static Alert alert(AlertRule rule, String summary, String dedupKey, String eventId, String statementId,
            List<String> articleIds, long timestamp) {
        return Alert.newBuilder()
                .setId("al-" + hash(dedupKey + "|" + timestamp))
                .setRuleId(rule.id())
                .setSeverity(rule.severity())
                .setSummary(summary)
                .setEventId(eventId)
                .setStatementId(statementId)
                .setArticleIds(List.copyOf(articleIds))
                .setDedupKey(dedupKey)
                .setFiredAt(Instant.ofEpochMilli(timestamp))
                .build();
    }

    private static boolean involves(ContactEvent event, Set<String> actors) {
        Set<String> codes = new HashSet<>();
        event.getActors().forEach(a -> codes.add(a.getCode()));
        return codes.containsAll(actors);
    }

    private static String describe(ContactEvent event) {
        String evidence = event.getEvidence().isEmpty() ? "" : " «" + shortened(event.getEvidence().get(0).getText()) + "»";
        return event.getStatus() + " " + event.getType().name().toLowerCase(Locale.ROOT) + " ("
                + event.getLevel().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " level"
                + (event.getEventDate() == null ? "" : ", " + event.getEventDate()) + ")" + evidence;
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SUMMARY_QUOTE_CHARS ? flat : flat.substring(0, SUMMARY_QUOTE_CHARS - 1) + "…";
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String hash(String text) {
        return Sha256.hex(text, 8);
    }
}
