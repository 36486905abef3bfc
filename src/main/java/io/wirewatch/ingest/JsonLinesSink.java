package io.wirewatch.ingest;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.serde.AvroJson;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A dry run's sink: each RawArticle as one JSON object per line, as it would be sent. */
public final class JsonLinesSink implements ArticleSink {
    private final PrintWriter out;

    public JsonLinesSink(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Set<String> deliver(List<RawArticle> articles) {
        Set<String> delivered = new LinkedHashSet<>();
        for (RawArticle article : articles) {
            out.println(AvroJson.toJson(article).toString());
            delivered.add(article.getId());
        }
        out.flush();
        return delivered;
    }
}
