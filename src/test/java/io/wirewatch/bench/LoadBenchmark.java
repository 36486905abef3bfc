package io.wirewatch.bench;

import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a new JVM takes to be ready to analyze: the knowledge base (names, inflected forms,
 * roles), the Russian dictionary, the name-finder model and the event lexicons loaded, one fresh
 * JVM per measurement. Run with {@code bench/jmh LoadBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgs = {"-Xmx1g"})
public class LoadBenchmark {
    @Benchmark
    public ArticleAnalyzer knowledgeBaseAndModels() {
        return new ArticleAnalyzer();
    }

    /** The English name finder's model and its Phoenix gazetteer, read and ready to tag. */
    @Benchmark
    public int englishModelAndGazetteer() {
        return StatisticalNameFinder.bundledEnglish().find(new String[] {"Talks", "in", "Moscow", "."}).size();
    }
}
