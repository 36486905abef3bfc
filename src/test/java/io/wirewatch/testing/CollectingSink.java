package io.wirewatch.testing;

import io.wirewatch.ingest.ArticleSink;
import io.wirewatch.schema.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An {@link ArticleSink} that keeps what it is given (thread-safe) and delivers everything. */
public final class CollectingSink implements ArticleSink {
    private final List<RawArticle> received = new ArrayList<>();

    @Override
    public synchronized Set<String> deliver(List<RawArticle> articles) {
        received.addAll(articles);
        Set<String> ids = new LinkedHashSet<>();
        articles.forEach(a -> ids.add(a.getId()));
        return ids;
    }

    public synchronized List<RawArticle> received() {
        return List.copyOf(received);
    }

    public List<String> ids() {
        return received().stream().map(RawArticle::getId).toList();
    }
}
