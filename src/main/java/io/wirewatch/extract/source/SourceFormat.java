package io.wirewatch.extract.source;

/** The form an article was read from. */
public enum SourceFormat {
    UNKNOWN, SEED_TEXT, PLAIN_TEXT, JSON, RSS, ATOM, HTTP
}
