package io.wirewatch.extract.events;

import io.wirewatch.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The phases of a halted contact (ANNOTATION.md: one event per phase). Reads a clause's tokens;
 * says whether it calls a contact off, and what the contact was before it halted.
 */
final class Phases {
    private static final Set<String> HELD_THEN_HALTED = Set.of("broke", "collapsed");
    private static final Set<String> PLANNED_THEN_HALTED = Set.of("postponed", "cancelled", "canceled", "delayed",
            "отменить", "отложить");
    private static final Set<String> CALL = Set.of("called", "call", "calls");

    private Phases() {
    }

    /**
     * The phase a halted contact had before it halted, for its own event (ANNOTATION.md: one event
     * per phase): talks that broke down or collapsed were held (CONFIRMED); a meeting postponed,
     * cancelled or called off was planned (PLANNED); null when the clause says neither.
     */
    static ContactStatus beforeHalt(List<Token> clause) {
        for (int i = 0; i < clause.size(); i++) {
            Token token = clause.get(i);
            if (token.keys().anyIn(HELD_THEN_HALTED)) {
                return ContactStatus.CONFIRMED;
            }
            if (token.keys().anyIn(PLANNED_THEN_HALTED) || isCalledOff(clause, i)) {
                return ContactStatus.PLANNED;
            }
        }
        return null;
    }

    static boolean calledOffIn(List<Token> clause) {
        for (int i = 0; i + 1 < clause.size(); i++) {
            if (isCalledOff(clause, i)) {
                return true;
            }
        }
        return false;
    }

    /** called off, call off: a planned contact halted (the two words say it, neither alone). */
    private static boolean isCalledOff(List<Token> clause, int i) {
        return i + 1 < clause.size() && clause.get(i + 1).text().equalsIgnoreCase("off") && clause.get(i).keys().anyIn(CALL);
    }
}
