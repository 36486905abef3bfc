package io.wirewatch.topology;

import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.Statement;
import java.util.List;

/** Everything one raw article yields, already in the Avro contracts of the output topics. */
public record Extraction(AnalyzedArticle analyzed, List<ContactEvent> events, List<Statement> statements) {
    public Extraction {
        events = List.copyOf(events);
        statements = List.copyOf(statements);
    }

    /** The same extraction, its analyzed article marked as replacing an earlier version. */
    public Extraction asUpdate() {
        return new Extraction(AnalyzedArticle.newBuilder(analyzed).setUpdate(true).build(), events, statements);
    }
}
