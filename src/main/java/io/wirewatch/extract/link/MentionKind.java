package io.wirewatch.extract.link;

/**
 * How a mention names its entity. Only {@link #NAME} is a name as name-recognition corpora mark
 * them (factRuEval's person, org_name and loc_name spans); the others refer to the entity without
 * naming it and are left out of every name measure.
 */
public enum MentionKind {
    /** A proper name: Россия, Дмитрий Песков, партии «Яблоко». */
    NAME,
    /** An adjective formed from a name: российских, французский (it names Russia, France). */
    ADJECTIVE,
    /** A common-noun phrase for the entity: the ministry, ведомство. */
    DESCRIPTOR,
    /** A role phrase standing for its holder: пресс-секретарь президента РФ, the French president. */
    TITLE,
    /** A pronoun referring to the entity: он, she. */
    PRONOUN
}
