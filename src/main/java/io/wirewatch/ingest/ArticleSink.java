package io.wirewatch.ingest;

import io.wirewatch.schema.RawArticle;
import java.util.List;
import java.util.Set;

/**
 * Where producers deliver raw articles: the Kafka topic, or standard output for a dry run. Returns
 * the ids actually delivered; the others are reported by the sink and will be offered again.
 */
public interface ArticleSink {
    Set<String> deliver(List<RawArticle> articles) throws InterruptedException;
}
