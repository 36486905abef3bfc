package io.wirewatch.ingest;

import io.wirewatch.extract.source.ArticleIds;
import io.wirewatch.schema.RawArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a producer remembers about one source (a feed URL or a watched directory) between polls and
 * restarts: the HTTP validators of the last complete fetch and the articles already delivered,
 * id to content fingerprint, so a re-polled item is skipped and a changed one (same id, new text)
 * is sent again. The oldest ids are forgotten beyond {@link #MAX_SEEN}.
 */
public final class SourceState {
    /** Ids remembered per source; far more than any feed carries at once. */
    public static final int MAX_SEEN = 50_000;

    private String etag;
    private String lastModified;
    private final LinkedHashMap<String, String> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_SEEN;
        }
    };

    public String etag() {
        return etag;
    }

    public String lastModified() {
        return lastModified;
    }

    public void validators(String etag, String lastModified) {
        this.etag = etag;
        this.lastModified = lastModified;
    }

    /** True when this id was delivered with exactly this fingerprint. */
    public boolean delivered(String id, String fingerprint) {
        return fingerprint.equals(seen.get(id));
    }

    /** True when this id was delivered before, with other content. */
    public boolean deliveredOtherwise(String id, String fingerprint) {
        String previous = seen.get(id);
        return previous != null && !previous.equals(fingerprint);
    }

    public void markDelivered(String id, String fingerprint) {
        seen.remove(id);
        seen.put(id, fingerprint);
    }

    /** What {@link #deliverNew} did: articles new or changed (offered to the sink), and delivered. */
    public record Delivery(int offered, int delivered) {
        public boolean complete() {
            return delivered == offered;
        }
    }

    /**
     * Offers the sink the articles not yet delivered with this text (the first of each id), and
     * remembers those it took; the rest stay unseen, to be offered again.
     */
    public Delivery deliverNew(List<RawArticle> articles, ArticleSink sink) throws InterruptedException {
        List<RawArticle> fresh = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (RawArticle article : articles) {
            String fingerprint = ArticleIds.contentId(article.getSource(), article.getHeadline(), article.getBody());
            if (!delivered(article.getId(), fingerprint) && fingerprints.putIfAbsent(article.getId(), fingerprint) == null) {
                fresh.add(article);
            }
        }
        Set<String> delivered = fresh.isEmpty() ? Set.of() : sink.deliver(fresh);
        delivered.forEach(id -> markDelivered(id, fingerprints.get(id)));
        return new Delivery(fresh.size(), delivered.size());
    }

    public Map<String, String> seen() {
        return java.util.Collections.unmodifiableMap(seen);
    }
}
