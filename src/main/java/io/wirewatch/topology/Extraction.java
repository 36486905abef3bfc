package io.wirewatch.topology;

import io.wirewatch.extract.Analysis;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Everything one raw article yields, already in the Avro contracts of the output topics: the
 * {@code AnalyzedArticle} (news.article.analyzed.v1), its contact events (news.contact.event.v1,
 * before the cross-article merge) and statements (news.statement.v1). Every offset in them indexes
 * the analyzed article's {@code text}, the text the analysis ran on.
 */
public record Extraction(AnalyzedArticle analyzed, List<ContactEvent> events, List<Statement> statements) {
    public Extraction {
        events = List.copyOf(events);
        statements = List.copyOf(statements);
    }

    /** The one mapping of an analysis onto the output contracts (the topology's and {@code wirewatch extract --json}'s). */
    public static Extraction of(RawArticle raw, Analysis analysis, Instant analyzedAt) {
        return new Extraction(AvroMapping.analyzed(raw, analysis, analyzedAt),
                analysis.events().stream().map(e -> AvroMapping.event(raw, analysis, e)).toList(),
                analysis.statements().stream().map(s -> AvroMapping.statement(raw, analysis, s)).toList());
    }

    /** The same extraction, its analyzed article marked as replacing an earlier version. */
    public Extraction asUpdate() {
        return new Extraction(AnalyzedArticle.newBuilder(analyzed).setUpdate(true).build(), events, statements);
    }
}
