package io.wirewatch.extract;

/**
 * What an {@link AnnotatedArticle} holds, layer by layer; an {@link Annotator} declares which it
 * requires and which it produces, as CoreNLP's annotators do.
 */
public enum Annotation {
    /** The article's text, headline, body and dateline: given, never produced. */
    TEXT,
    LANGUAGE,
    SENTENCES,
    TOKENS,
    /** The knowledge base's names in the tokens. */
    KNOWN_NAMES,
    /** The known names merged with the name finder's, and the entities outside the knowledge base. */
    NAMES,
    ENTITIES,
    TITLES,
    /** Which entity each token range mentions. */
    MENTION_INDEX,
    STATEMENTS,
    EVENTS
}
