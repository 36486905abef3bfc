package io.wirewatch.extract.events;

/** The PLOVER-style type a contact trigger carries ({@code events/triggers.tsv}). */
public enum ContactType {
    CONSULT, MEET, NEGOTIATE, REDUCE_RELATIONS, TELEPHONE, VISIT
}
