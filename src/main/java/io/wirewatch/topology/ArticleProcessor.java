package io.wirewatch.topology;

import io.wirewatch.schema.RawArticle;

/**
 * Turns a raw article into its extraction. Implementations map between the Avro contracts and the
 * pure {@code extract} library; they throw {@link UnprocessableArticleException} for an article that
 * cannot be analyzed, which the topology sends to the dead-letter topic.
 */
@FunctionalInterface
public interface ArticleProcessor {
    Extraction process(RawArticle article);
}
