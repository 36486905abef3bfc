package io.wirewatch.extract;

/** The form an article was read from. */
public enum SourceFormat {
    UNKNOWN, SEED_TEXT, PLAIN_TEXT, JSON, RSS, ATOM, HTTP
}
