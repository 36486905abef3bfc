package io.wirewatch.alert;

import io.wirewatch.schema.Severity;
import java.util.Set;

/**
 * One rule of the alert rules file. Empty sets mean "any".
 *
 * @param actors      NEW_CONTACT_EVENT, STATUS_CHANGE: codes that must all be parties (RUS, FRA, EU)
 * @param statuses    NEW_CONTACT_EVENT: statuses that count; STATUS_CHANGE: statuses changed to
 * @param speakers    FIRST_STATEMENT: entity ids of watched speakers
 * @param entities    STATEMENT_MENTIONS: entity ids a statement must name (any of them)
 * @param withinHours FIRST_STATEMENT: a statement is "first" when the speaker said nothing for this long
 */
public record AlertRule(String id, Type type, Severity severity, String description, Set<String> actors,
        Set<String> statuses, Set<String> speakers, Set<String> entities, int withinHours) {

    /** What a rule watches. */
    public enum Type {
        /** A contact event seen for the first time. */
        NEW_CONTACT_EVENT("new-contact-event"),
        /** A dyad's latest status changes. */
        STATUS_CHANGE("status-change"),
        /** A watched speaker's first statement within a number of hours. */
        FIRST_STATEMENT("first-statement"),
        /** Any statement naming a watched entity. */
        STATEMENT_MENTIONS("statement-mentions");

        private final String yamlName;

        Type(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }
}
