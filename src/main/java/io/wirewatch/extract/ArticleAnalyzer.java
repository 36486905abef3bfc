package io.wirewatch.extract;

import io.wirewatch.extract.ner.EnglishSentenceGate;
import io.wirewatch.extract.ner.NameFinder;
import io.wirewatch.extract.ner.NameMerge;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.ner.rules.NameRules;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The extraction library's entry point: reads an {@link Article} and produces its {@link Analysis}
 * (language, sentences, entities linked to the knowledge base, titles, statements, contact events)
 * by running a list of steps ({@link Annotator}) over one {@link AnnotatedArticle}; nothing else
 * assembles an analysis. Text in a language Wirewatch does not support gets an empty analysis: the
 * steps stop once the language is known. Never throws on odd text; thread-safe.
 */
public final class ArticleAnalyzer {
    /** Longest text analyzed: 1M characters, about 150 000 words; the rest of a longer text is skipped. */
    public static final int MAX_CHARS = 1_000_000;
    /** Version of the extraction logic and its data, carried on every output record. */
    public static final String VERSION = "wirewatch-extract/0.1";
    private final List<Annotator> steps;

    /** An analyzer with the knowledge base and name finders shipped with Wirewatch. */
    public ArticleAnalyzer() {
        this(KnowledgeBase.bundled(), StatisticalNameFinder.bundled(), StatisticalNameFinder.bundledEnglish());
    }

    /**
     * An analyzer without an English name finder (English names come from the knowledge base alone).
     *
     * @param kb     the knowledge base entities are linked to
     * @param finder the name finder for Russian names outside the knowledge base, or null for none
     */
    public ArticleAnalyzer(KnowledgeBase kb, StatisticalNameFinder finder) {
        this(kb, finder, null);
    }

    /**
     * @param kb      the knowledge base entities are linked to
     * @param finder  the name finder for Russian names outside the knowledge base, or null for none
     * @param english the name finder for English names outside the knowledge base, or null for none
     */
    public ArticleAnalyzer(KnowledgeBase kb, StatisticalNameFinder finder, StatisticalNameFinder english) {
        this(steps(kb, finder, NameRules.all(), english, true));
    }

    /**
     * An analyzer running these steps in this order.
     *
     * @throws IllegalArgumentException naming the step and the layer, when a step requires a layer
     *                                  no earlier step produces
     */
    public ArticleAnalyzer(List<Annotator> steps) {
        Set<Annotation> produced = EnumSet.of(Annotation.TEXT);
        for (Annotator step : steps) {
            Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
            missing.addAll(step.requires());
            missing.removeAll(produced);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the step " + step.name() + " requires " + missing
                        + ", which no step before it produces; produced by then: " + produced);
            }
            produced.addAll(step.produces());
        }
        this.steps = List.copyOf(steps);
    }

    /** An analyzer of language, sentences, entities and titles only: no events, no statements. */
    public static ArticleAnalyzer entitiesOnly() {
        return new ArticleAnalyzer(steps(KnowledgeBase.bundled(), StatisticalNameFinder.bundled(), NameRules.all(),
                StatisticalNameFinder.bundledEnglish(), false));
    }

    /** The steps with a Russian name finder only: {@link #steps(KnowledgeBase, StatisticalNameFinder, NameRules, StatisticalNameFinder, boolean)}. */
    public static List<Annotator> steps(KnowledgeBase kb, StatisticalNameFinder finder, NameRules rules, boolean eventsAndStatements) {
        return steps(kb, finder, rules, null, eventsAndStatements);
    }

    /**
     * The steps of the analysis, in order: language, sentences, tokens, the knowledge base's names,
     * the name finder's of the article's language merged with them, entities and titles; then, with
     * {@code eventsAndStatements}, the mention index, statements and contact events.
     *
     * @param finder  the Russian name finder's model, or null for none
     * @param rules   the name rules run after the Russian model
     * @param english the English name finder's model, or null for none (its rules: {@link NameRules#english()})
     */
    public static List<Annotator> steps(KnowledgeBase kb, StatisticalNameFinder finder, NameRules rules, StatisticalNameFinder english,
            boolean eventsAndStatements) {
        NameMerge russianMerge = finder == null ? null : new NameMerge(kb, new NameFinder(finder, rules));
        NameMerge englishMerge = english == null ? null
                : new NameMerge(kb, new NameFinder(english, NameRules.english(), new EnglishSentenceGate()));
        List<Annotator> steps = new ArrayList<>(List.of(new LanguageStep(), new SentenceStep(), new TokenStep(),
                new KnownNameStep(kb), new NameMergeStep(russianMerge, englishMerge), new EntityStep(kb)));
        if (eventsAndStatements) {
            steps.addAll(List.of(new MentionIndexStep(), new StatementStep(), new EventStep(kb)));
        }
        return steps;
    }

    /** The steps this analyzer runs, in order. */
    public List<Annotator> steps() {
        return steps;
    }

    /** Tokens of the headline and the body: what precedes them (the seed's date line) is metadata. */
    static List<Token> tokens(Article article) {
        return TokenStep.tokens(article);
    }

    /**
     * Analyzes the article; one longer than {@link #MAX_CHARS} characters is analyzed up to there
     * and the analysis says it was truncated.
     */
    public Analysis analyze(Article original) {
        return annotate(original).toAnalysis();
    }

    /** Every layer the steps produce for the article, truncated to {@link #MAX_CHARS}. */
    public AnnotatedArticle annotate(Article original) {
        Article article = original.truncated(MAX_CHARS);
        AnnotatedArticle document = AnnotatedArticle.of(article, article != original);
        for (Annotator step : steps) {
            document = step.annotate(document);
            if (!document.supported()) {
                break;
            }
        }
        return document;
    }
}
