package io.wirewatch.extract.events;

/**
 * Where a contact stands, as a status cue ({@code events/status-cues.tsv}) or the clause says. When
 * several apply, the strongest wins: NONE (negated) > DENIED > SUSPENDED > PROPOSED > PLANNED >
 * POSSIBLE > RESUMED > CONFIRMED.
 */
public enum ContactStatus {
    RESUMED, CONFIRMED, PLANNED, PROPOSED, POSSIBLE, DENIED, SUSPENDED, NONE
}
