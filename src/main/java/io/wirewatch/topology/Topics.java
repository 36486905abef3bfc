package io.wirewatch.topology;

import java.util.List;

/** Names of Wirewatch's topics: {@code <domain>.<entity>[.<qualifier>].v<N>}. */
public final class Topics {
    /** Raw articles from producers; key article id, value RawArticle. */
    public static final String RAW = "news.article.raw.v1";
    /** Analyzed articles; key article id, value AnalyzedArticle. */
    public static final String ANALYZED = "news.article.analyzed.v1";
    /** Diplomatic-contact events; key sorted actor pair (FRA|RUS), value ContactEvent. */
    public static final String CONTACT_EVENTS = "news.contact.event.v1";
    /** Attributed statements; key speaker id, value Statement. */
    public static final String STATEMENTS = "news.statement.v1";
    /** Fired alerts; key dedup key, value Alert. */
    public static final String ALERTS = "news.alert.v1";
    /** Poison records with the reason in headers; key and value as they came. */
    public static final String DLQ = "wirewatch.dlq.v1";

    /** What the extractor writes for each article. */
    public static final List<String> OUTPUTS = List.of(ANALYZED, CONTACT_EVENTS, STATEMENTS);
    /** Every topic Wirewatch uses. */
    public static final List<String> ALL = List.of(RAW, ANALYZED, CONTACT_EVENTS, STATEMENTS, ALERTS, DLQ);

    private Topics() {
    }
}
