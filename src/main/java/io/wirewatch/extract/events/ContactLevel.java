package io.wirewatch.extract.events;

/**
 * At what level a contact is held ({@code events/levels.tsv}, or the sides' roles). Declared most
 * senior first: two reports of one contact keep the more senior level ({@link #moreSeniorThan}).
 */
public enum ContactLevel {
    HEAD_OF_STATE, MINISTERIAL, PARLIAMENTARY, WORKING, UNSPECIFIED;

    /** Whether this level ranks above the other (UNSPECIFIED ranks below every level the text gives). */
    boolean moreSeniorThan(ContactLevel other) {
        return compareTo(other) < 0;
    }
}
