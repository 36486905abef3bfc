package io.wirewatch.topology;

/** Names of the extractor's state stores; the queryable ones are read by the REST layer. */
public final class StoreNames {
    /** Article id → text fingerprint of its last version (dedup of re-polls, detection of updates). */
    public static final String ARTICLE_VERSIONS = "article-versions";
    /** Text fingerprint → the article id that first carried it (dedup of republished copies). */
    public static final String TEXT_FINGERPRINTS = "text-fingerprints";
    /** {@code dyad#event id} → an open cross-article contact event. */
    public static final String OPEN_CONTACT_EVENTS = "open-contact-events";
    /** Queryable: dyad ({@code FRA|RUS}) → {@code DyadStatus}. */
    public static final String DYAD_STATUS = "dyad-status";
    /** Queryable, windowed (1 h): entity id → {@code EntityTally}, partial per partition (sum them). */
    public static final String ENTITY_MENTIONS_HOURLY = "entity-mentions-hourly";
    /** Queryable, windowed (1 day): entity id → {@code EntityTally}, partial per partition (sum them). */
    public static final String ENTITY_MENTIONS_DAILY = "entity-mentions-daily";
    /** Queryable: speaker id → {@code SpeakerHistory}. */
    public static final String SPEAKER_STATEMENTS = "speaker-statements";
    /** Queryable: article id → the article as analyzed, with its statements and events ({@code ArticleView}), for 3 days. */
    public static final String ARTICLE_VIEWS = "article-views";
    /** Queryable: alert id → the alert, for 7 days. */
    public static final String RECENT_ALERTS = "recent-alerts";
    /** Alert dedup key → the alert that fired under it. */
    public static final String ALERT_DEDUP = "alert-dedup";

    private StoreNames() {
    }
}
