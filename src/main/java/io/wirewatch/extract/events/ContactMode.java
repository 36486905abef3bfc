package io.wirewatch.extract.events;

/** How a contact is held ({@code events/triggers.tsv}). */
public enum ContactMode {
    PHONE, VISIT, MEETING, NEGOTIATION, CHANNEL, UNSPECIFIED
}
