package io.wirewatch.extract;

import io.wirewatch.extract.link.EntityExtractor;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.LanguageDetector;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.SentenceSplitter;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.events.EventExtractor;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.StatementExtractor;
import io.wirewatch.kb.KnowledgeBase;
import java.util.List;

/**
 * The extraction library's entry point: reads an {@link Article} and produces its {@link Analysis}
 * (language, sentences, entities linked to the knowledge base, titles). Text in a language Wirewatch does not support gets an empty analysis.
 * Never throws on odd text; thread-safe.
 */
public final class ArticleAnalyzer {
    /** Longest text analyzed: 1M characters, about 150 000 words; the rest of a longer text is skipped. */
    public static final int MAX_CHARS = 1_000_000;
    private final EntityExtractor entities;
    private final StatementExtractor statements = new StatementExtractor();
    private final EventExtractor events;
    private final boolean eventsAndStatements;

    /** An analyzer with the knowledge base shipped with Wirewatch. */
    public ArticleAnalyzer() {
        this(KnowledgeBase.bundled(), StatisticalNameFinder.bundled());
    }

    /**
     * @param kb     the knowledge base entities are linked to
     * @param finder the name finder for Russian names outside the knowledge base, or null for none
     */
    public ArticleAnalyzer(KnowledgeBase kb, StatisticalNameFinder finder) {
        this(kb, finder, true);
    }

    private ArticleAnalyzer(KnowledgeBase kb, StatisticalNameFinder finder, boolean eventsAndStatements) {
        this.entities = new EntityExtractor(kb, finder);
        this.events = eventsAndStatements ? new EventExtractor(kb) : null;
        this.eventsAndStatements = eventsAndStatements;
    }

    /** An analyzer of language, sentences, entities and titles only: no events, no statements. */
    public static ArticleAnalyzer entitiesOnly() {
        return new ArticleAnalyzer(KnowledgeBase.bundled(), StatisticalNameFinder.bundled(), false);
    }

    /** Version of the extraction logic and its data, carried on every output record. */
    public static final String VERSION = "wirewatch-extract/0.1";

    /** Tokens of the headline and the body: what precedes them (the seed's date line) is metadata. */
    static List<Token> tokens(Article article) {
        List<Token> tokens = new java.util.ArrayList<>(Tokenizer.tokenize(article.text(), article.headline().start(), article.headline().end()));
        tokens.addAll(Tokenizer.tokenize(article.text(), article.body().start(), article.body().end()));
        return tokens;
    }

    /**
     * Analyzes the article; one longer than {@link #MAX_CHARS} characters is analyzed up to there
     * and the analysis says it was truncated.
     */
    public Analysis analyze(Article original) {
        Article article = original.truncated(MAX_CHARS);
        boolean truncated = article != original;
        String language = LanguageDetector.detect(article.text(), article.body(), article.language());
        if (!LanguageDetector.isSupported(language)) {
            return new Analysis(article, language, List.of(), List.of(), List.of(), List.of(), List.of(), truncated);
        }
        List<Sentence> sentences = SentenceSplitter.split(article, language);
        List<Token> tokens = tokens(article);
        EntityExtractor.Result found = entities.extract(article, language, tokens, sentences);
        if (!eventsAndStatements) {
            return new Analysis(article, language, sentences, found.entities(), found.titles(), List.of(), List.of(), truncated);
        }
        MentionIndex mentions = MentionIndex.of(found.entities());
        List<AttributedStatement> said = statements.extract(article.text(), tokens, found.entities(), mentions, found.titles());
        List<ContactEventRecord> contacts = events.extract(article, tokens, sentences, found.entities(), mentions, said);
        return new Analysis(article, language, sentences, found.entities(), found.titles(), contacts, said, truncated);
    }
}
