package io.wirewatch.extract.events;

/** At what level a contact is held ({@code events/levels.tsv}, or the sides' roles). */
public enum ContactLevel {
    HEAD_OF_STATE, MINISTERIAL, WORKING, PARLIAMENTARY, UNSPECIFIED
}
