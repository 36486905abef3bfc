package io.wirewatch.ingest;

import io.wirewatch.schema.RawArticle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where producers deliver raw articles: the Kafka topic, or standard output for a dry run. Returns
 * the ids actually delivered; the others are reported by the sink and will be offered again.
 */
public interface ArticleSink {
    Set<String> deliver(List<RawArticle> articles) throws InterruptedException;

    /**
     * As {@link #deliver}, also naming the articles that offering again cannot help (too large for
     * the broker), with the reason; the other undelivered ones may succeed on a retry.
     */
    default Delivery deliverChecked(List<RawArticle> articles) throws InterruptedException {
        return new Delivery(deliver(articles), Map.of());
    }

    /** The ids delivered, and the ids refused for good with their reasons. */
    record Delivery(Set<String> delivered, Map<String, String> refused) {
    }
}
