package io.wirewatch.bench;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.source.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through the whole extraction library, on one thread: the seed (every name
 * in the knowledge base) and a seed-sized regional article whose people and companies are not
 * (the statistical name finder runs); a seed-sized English story; and the seed through entities
 * only, to see what events and statements cost. Run with {@code bench/jmh AnalyzerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AnalyzerBenchmark {
    private static final int MIXED = 100;
    private ArticleAnalyzer analyzer;
    private ArticleAnalyzer entitiesOnly;
    private Article seed;
    private Article unknownNames;
    private Article english;
    private java.util.List<Article> mixed;

    @Setup
    public void load() throws IOException {
        analyzer = new ArticleAnalyzer();
        entitiesOnly = ArticleAnalyzer.entitiesOnly();
        seed = read(Path.of("seeds", "interfax-2026-02-10-kremlin-france-contacts.txt"));
        unknownNames = read(Path.of("src", "test", "resources", "bench", "regional-unknown-names.txt"));
        english = read(Path.of("src", "test", "resources", "bench", "english-wire.txt"));
        mixed = new BenchArticles(7).next("mixed", MIXED).stream().map(raw -> Article.fromParts(raw.getId(), raw.getSource(),
                null, null, java.time.LocalDate.parse("2026-02-10"), null, raw.getHeadline(), raw.getBody(), 0, SourceFormat.JSON))
                .toList();
    }

    private static Article read(Path file) throws IOException {
        return ArticleTextParser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Benchmark
    public Analysis seedArticle() {
        return analyzer.analyze(seed);
    }

    /** The seed without events and statements: the difference is what Extraction II costs. */
    @Benchmark
    public Analysis seedArticleEntitiesOnly() {
        return entitiesOnly.analyze(seed);
    }

    @Benchmark
    public Analysis articleWithUnknownNames() {
        return analyzer.analyze(unknownNames);
    }

    /** A seed-sized English wire story (the seed's story, retold): the English name finder runs on every sentence. */
    @Benchmark
    public Analysis englishArticle() {
        return analyzer.analyze(english);
    }

    /** The {@code wirewatch bench} article mix (corpus sentences, Russian and English): {@value #MIXED} articles per operation. */
    @Benchmark
    public int mixedArticles() {
        return analyzeAll(analyzer);
    }

    /** The same mix without events and statements. */
    @Benchmark
    public int mixedArticlesEntitiesOnly() {
        return analyzeAll(entitiesOnly);
    }

    private int analyzeAll(ArticleAnalyzer which) {
        int entities = 0;
        for (Article article : mixed) {
            entities += which.analyze(article).entities().size();
        }
        return entities;
    }
}
