package io.wirewatch.bench;

import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.Article;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.AnalyzingProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analyzer alone on the benchmark's article mix, on every core: what the pipeline would reach
 * if Kafka cost nothing. Reads raw articles, maps them as the topology does
 * ({@link AnalyzingProcessor#toArticle}) before the clock starts, then analyzes them with one
 * shared {@link ArticleAnalyzer} from as many threads as there are cores, for at least
 * {@code minMillis}. Produces articles per second.
 */
public final class AnalyzerThroughput {
    private final ArticleAnalyzer analyzer;
    private final int threads;

    public AnalyzerThroughput(ArticleAnalyzer analyzer, int threads) {
        this.analyzer = analyzer;
        this.threads = threads;
    }

    /** Articles per second over whole passes through {@code raw}, repeated until {@code minMillis} have passed. */
    public double measure(List<RawArticle> raw, long minMillis) throws InterruptedException {
        List<Article> articles = raw.stream().map(AnalyzingProcessor::toArticle).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-analyzer"));
        try {
            long start = System.nanoTime();
            long analyzed = 0;
            do {
                analyzed += pass(pool, articles);
            } while (System.nanoTime() - start < minMillis * 1_000_000L);
            return analyzed / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every article once, the threads taking the next one as they finish the last. */
    private int pass(ExecutorService pool, List<Article> articles) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    analyzer.analyze(articles.get(i));
                }
            }));
        }
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the analyzer failed on a benchmark article", e.getCause());
            }
        }
        return articles.size();
    }
}
