package io.wirewatch.extract;

import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.ner.rules.NameRules;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.SentenceSplitter;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.events.EventExtractor;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.StatementExtractor;
import io.wirewatch.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Microseconds per step of the analyzer on the seed article, one thread: sentences, tokens,
 * entities, statements and events, each on the output of the steps before it (worked out once).
 * Says where the time of {@code AnalyzerBenchmark.seedArticle} goes. Run with
 * {@code bench/jmh ExtractionStepsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExtractionStepsBenchmark {
    private Article seed;
    private List<Annotator> entitySteps;
    private final StatementExtractor statementExtractor = new StatementExtractor();
    private EventExtractor eventExtractor;
    private List<Sentence> sentences;
    private List<Token> tokens;
    private AnnotatedArticle entities;
    private MentionIndex mentions;
    private List<AttributedStatement> statements;

    @Setup
    public void load() throws IOException {
        Path file = Path.of("seeds", "interfax-2026-02-10-kremlin-france-contacts.txt");
        seed = ArticleTextParser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        // the knowledge base's names, the name finder's merged with them, linking
        entitySteps = ArticleAnalyzer.steps(KnowledgeBase.bundled(), StatisticalNameFinder.bundled(), NameRules.all(), false).subList(3, 6);
        eventExtractor = new EventExtractor(KnowledgeBase.bundled());
        sentences = sentences();
        tokens = tokens();
        entities = entities();
        mentions = mentionIndex();
        statements = statements();
    }

    @Benchmark
    public List<Sentence> sentences() {
        return SentenceSplitter.split(seed.text(), seed.headline(), seed.body(), seed.lead(), "ru");
    }

    @Benchmark
    public List<Token> tokens() {
        return ArticleAnalyzer.tokens(seed);
    }

    @Benchmark
    public AnnotatedArticle entities() {
        AnnotatedArticle document = AnnotatedArticle.of(seed, false).withLanguage("ru").withSentences(sentences).withTokens(tokens);
        for (Annotator step : entitySteps) {
            document = step.annotate(document);
        }
        return document;
    }

    /** The entities' mentions in text order, shared by statements and events. */
    @Benchmark
    public MentionIndex mentionIndex() {
        return MentionIndex.of(entities.entities());
    }

    @Benchmark
    public List<AttributedStatement> statements() {
        return statementExtractor.extract(seed.text(), tokens, entities.entities(), mentions, entities.titles());
    }

    @Benchmark
    public List<ContactEventRecord> events() {
        return eventExtractor.extract(seed, tokens, sentences, entities.entities(), mentions, statements);
    }
}
