package io.wirewatch.extract.statements;

/** How a statement's speaker was found. */
public enum Resolution {
    /** Named beside the quote (Дмитрий Песков said). */
    NAMED,
    /** Through a title (пресс-секретарь президента), resolved to the role's holder. */
    TITLE,
    /** Through a pronoun (он, she), resolved to the person last named as a subject. */
    PRONOUN,
    /** An unnamed body (пресс-служба министерства). */
    UNNAMED
}
