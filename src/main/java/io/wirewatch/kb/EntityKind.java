package io.wirewatch.kb;

/** What a knowledge-base entry is. MEDIA is an organisation that publishes news. */
public enum EntityKind {
    PERSON, ORGANIZATION, MEDIA, COUNTRY, LOCATION, NATIONALITY
}
