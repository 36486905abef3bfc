package io.wirewatch.extract;

import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.link.KnownNames;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.ner.NameMerge;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.text.LanguageDetector;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * The one document the analysis steps fill, layer by layer ({@link Annotation}): immutable, each
 * step returns a new one with its layers set; a layer not produced yet is null. Offsets index
 * {@code article.text()}.
 *
 * @param truncated whether the article was cut to {@link ArticleAnalyzer#MAX_CHARS} (then
 *                  {@code article} is the part analyzed)
 */
public record AnnotatedArticle(Article article, boolean truncated, String language, List<Sentence> sentences,
        List<Token> tokens, KnownNames.Mentions knownNames, NameMerge.Result names, List<LinkedEntity> entities,
        List<TitleMention> titles, MentionIndex mentions, List<AttributedStatement> statements,
        List<ContactEventRecord> events) {

    /** An article before any step: only its text. */
    public static AnnotatedArticle of(Article article, boolean truncated) {
        return new AnnotatedArticle(article, truncated, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the article's language, once detected, is one Wirewatch analyzes. */
    public boolean supported() {
        return language == null || LanguageDetector.isSupported(language);
    }

    public AnnotatedArticle withLanguage(String language) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, entities, titles,
                mentions, statements, events);
    }

    public AnnotatedArticle withSentences(List<Sentence> sentences) {
        return new AnnotatedArticle(article, truncated, language, List.copyOf(sentences), tokens, knownNames, names, entities,
                titles, mentions, statements, events);
    }

    public AnnotatedArticle withTokens(List<Token> tokens) {
        return new AnnotatedArticle(article, truncated, language, sentences, List.copyOf(tokens), knownNames, names, entities,
                titles, mentions, statements, events);
    }

    public AnnotatedArticle withKnownNames(KnownNames.Mentions knownNames) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, entities, titles,
                mentions, statements, events);
    }

    public AnnotatedArticle withNames(NameMerge.Result names) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, entities, titles,
                mentions, statements, events);
    }

    public AnnotatedArticle withEntities(List<LinkedEntity> entities, List<TitleMention> titles) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, List.copyOf(entities),
                List.copyOf(titles), mentions, statements, events);
    }

    public AnnotatedArticle withMentions(MentionIndex mentions) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, entities, titles,
                mentions, statements, events);
    }

    public AnnotatedArticle withStatements(List<AttributedStatement> statements) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, entities, titles,
                mentions, List.copyOf(statements), events);
    }

    public AnnotatedArticle withEvents(List<ContactEventRecord> events) {
        return new AnnotatedArticle(article, truncated, language, sentences, tokens, knownNames, names, entities, titles,
                mentions, statements, List.copyOf(events));
    }

    /** What the analysis gives out: every layer not produced is empty. */
    public Analysis toAnalysis() {
        boolean analyzed = supported() && language != null;
        return new Analysis(article, language == null ? LanguageDetector.UNDETERMINED : language,
                analyzed ? orEmpty(sentences) : List.of(), analyzed ? orEmpty(entities) : List.of(),
                analyzed ? orEmpty(titles) : List.of(), analyzed ? orEmpty(events) : List.of(),
                analyzed ? orEmpty(statements) : List.of(), truncated);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
