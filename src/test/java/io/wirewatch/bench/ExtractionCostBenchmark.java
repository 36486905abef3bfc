package io.wirewatch.bench;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.Article;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ArticleTextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What events and statements (Extraction II) add to the analyzer's time on the seed article: the
 * full analyzer and the entities-only one run at the same time, one thread each, in one JVM, so
 * whatever else slows the machine (a neighbour on the host, the JIT, the other core's caches)
 * slows both alike and their ratio holds where two runs in turn ({@code bench/pairs}) can differ
 * by tens of per cent. The cost is {@code full} time over {@code entitiesOnly} time, minus one:
 * the entities-only score (articles/s) over the full one. Run with
 * {@code bench/jmh ExtractionCostBenchmark} on a machine with two cores free.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 2, jvmArgs = {"-Xmx1g"})
public class ExtractionCostBenchmark {
    private ArticleAnalyzer full;
    private ArticleAnalyzer entitiesOnly;
    private Article seed;

    @Setup
    public void load() throws IOException {
        full = new ArticleAnalyzer();
        entitiesOnly = ArticleAnalyzer.entitiesOnly();
        Path file = Path.of("seeds", "interfax-2026-02-10-kremlin-france-contacts.txt");
        seed = ArticleTextParser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The seed through the whole analyzer: entities, then statements and events. */
    @Benchmark
    @Group("seed")
    @GroupThreads(1)
    public Analysis full() {
        return full.analyze(seed);
    }

    /** The seed through the same analyzer without statements and events, alongside {@link #full}. */
    @Benchmark
    @Group("seed")
    @GroupThreads(1)
    public Analysis entitiesOnly() {
        return entitiesOnly.analyze(seed);
    }
}
