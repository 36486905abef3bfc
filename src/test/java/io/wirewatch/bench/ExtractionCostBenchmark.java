package io.wirewatch.bench;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.SeedFixture;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What events and statements (Extraction II) add to the analyzer's time on the seed article. Each
 * operation analyzes the seed twice in one thread, with the full analyzer and with the
 * entities-only one (taking turns at going first), and times each call: the two calls run back to
 * back on the same core, so whatever slows the machine (a neighbour on the host, a slower virtual
 * core, the JIT) slows both alike, where two benchmarks in turn ({@code bench/pairs}) or two
 * threads at once can differ by tens of per cent. Reports, per iteration, {@code fullMicros} and
 * {@code entitiesMicros} (mean time per article) and {@code costPercent}: full over entities-only,
 * minus one; JMH's summary rows add these up over the iterations, so read the iteration lines, or
 * the line each fork prints at its end with the means over its measured iterations. Run with
 * {@code bench/jmh ExtractionCostBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 3, jvmArgs = {"-Xmx1g"})
public class ExtractionCostBenchmark {
    private ArticleAnalyzer full;
    private ArticleAnalyzer entitiesOnly;
    private Article seed;
    private long measuredFullNanos;
    private long measuredEntitiesNanos;
    private long measuredArticles;

    /** Time spent in each analyzer during one iteration, reported by JMH next to the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Timings {
        private long fullNanos;
        private long entitiesNanos;
        private long articles;
        private boolean measured;

        @Setup(Level.Iteration)
        public void reset(IterationParams iteration) {
            fullNanos = 0;
            entitiesNanos = 0;
            articles = 0;
            measured = iteration.getType() == IterationType.MEASUREMENT;
        }

        @TearDown(Level.Iteration)
        public void addUp(ExtractionCostBenchmark benchmark) {
            if (measured) {
                benchmark.measuredFullNanos += fullNanos;
                benchmark.measuredEntitiesNanos += entitiesNanos;
                benchmark.measuredArticles += articles;
            }
        }

        /** Mean time of the full analyzer per article in this iteration. */
        public double fullMicros() {
            return articles == 0 ? 0 : fullNanos / 1000.0 / articles;
        }

        /** Mean time of the entities-only analyzer per article in this iteration. */
        public double entitiesMicros() {
            return articles == 0 ? 0 : entitiesNanos / 1000.0 / articles;
        }

        /** What events and statements add, in per cent of the entities-only time. */
        public double costPercent() {
            return entitiesNanos == 0 ? 0 : 100.0 * (fullNanos - entitiesNanos) / entitiesNanos;
        }
    }

    @Setup
    public void load() {
        full = new ArticleAnalyzer();
        entitiesOnly = ArticleAnalyzer.entitiesOnly();
        seed = SeedFixture.article();
    }

    @TearDown
    public void report() {
        if (measuredArticles > 0) {
            System.out.printf(Locale.ROOT,
                    "%nExtraction II cost over %d measured articles: %+.1f%% (full %.1f us, entities only %.1f us per article)%n",
                    measuredArticles, 100.0 * (measuredFullNanos - measuredEntitiesNanos) / measuredEntitiesNanos,
                    measuredFullNanos / 1000.0 / measuredArticles, measuredEntitiesNanos / 1000.0 / measuredArticles);
        }
    }

    /** The seed through both analyzers, one after the other; the score is the time of the pair. */
    @Benchmark
    public void bothAnalyzers(Timings timings, Blackhole sink) {
        boolean fullFirst = (timings.articles & 1) == 0;
        if (fullFirst) {
            timings.fullNanos += timed(full, sink);
            timings.entitiesNanos += timed(entitiesOnly, sink);
        } else {
            timings.entitiesNanos += timed(entitiesOnly, sink);
            timings.fullNanos += timed(full, sink);
        }
        timings.articles++;
    }

    private long timed(ArticleAnalyzer analyzer, Blackhole sink) {
        long start = System.nanoTime();
        Analysis analysis = analyzer.analyze(seed);
        long elapsed = System.nanoTime() - start;
        sink.consume(analysis);
        return elapsed;
    }
}
