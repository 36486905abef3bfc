package io.wirewatch.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.ArticleProcessor;
import io.wirewatch.topology.Extraction;

/**
 * Measures the article processor for {@code /metrics}: {@code wirewatch_extraction_seconds}
 * (count = articles analyzed, so its rate is articles/s; sum and max = time spent) and
 * {@code wirewatch_extraction_failures_total}.
 */
final class TimedArticleProcessor implements ArticleProcessor {
    private final ArticleProcessor processor;
    private final Timer extraction;
    private final io.micrometer.core.instrument.Counter failures;

    TimedArticleProcessor(ArticleProcessor processor, MeterRegistry metrics) {
        this.processor = processor;
        this.extraction = Timer.builder("wirewatch.extraction").description("Analysis of one article")
                .publishPercentiles(0.5, 0.99).register(metrics);
        this.failures = io.micrometer.core.instrument.Counter.builder("wirewatch.extraction.failures")
                .description("Articles the extractor could not analyze (sent to the dead-letter topic)").register(metrics);
    }

    @Override
    public Extraction process(RawArticle article) {
        long start = System.nanoTime();
        try {
            return processor.process(article);
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        } finally {
            extraction.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
