package io.wirewatch.extract.events;

/**
 * Where a contact stands, as a status cue ({@code events/status-cues.tsv}) or the clause says.
 * Declared strongest first: when several apply, the strongest wins ({@link #strongerThan}).
 */
public enum ContactStatus {
    NONE, DENIED, SUSPENDED, PROPOSED, PLANNED, POSSIBLE, RESUMED, CONFIRMED;

    /** Whether this status wins over the other when a clause cues both (a negation beats everything). */
    boolean strongerThan(ContactStatus other) {
        return compareTo(other) < 0;
    }
}
