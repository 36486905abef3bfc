package io.wirewatch.topology;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.dedup.DedupHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Analyzes each deduplicated raw article with the {@link ArticleProcessor}, marking the analysis
 * as an update when the dedup stage said the article replaces an earlier version. An exception
 * here reaches the processing exception handler, which sends the article to the dead-letter topic.
 */
final class ArticleAnalysisStep implements FixedKeyProcessor<String, RawArticle, Extraction> {
    private final ArticleProcessor processor;
    private FixedKeyProcessorContext<String, Extraction> context;

    ArticleAnalysisStep(ArticleProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Extraction> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        boolean update = DedupHeaders.isUpdate(record.headers());
        Extraction extraction = processor.process(record.value());
        record.headers().remove(DedupHeaders.UPDATE);
        context.forward(record.withValue(update ? extraction.asUpdate() : extraction));
    }
}
