package io.wirewatch.extract;

import java.util.List;

/**
 * The extraction library's entry point: reads an {@link Article} and produces its {@link Analysis}
 * (language, sentences). Text in a language Wirewatch does not support gets an empty analysis.
 * Never throws on odd text; thread-safe.
 */
public final class ArticleAnalyzer {
    /** Version of the extraction logic and its data, carried on every output record. */
    public static final String VERSION = "wirewatch-extract/0.1";

    public Analysis analyze(Article article) {
        String language = LanguageDetector.detect(article.text(), article.language());
        if (!LanguageDetector.isSupported(language)) {
            return new Analysis(article, language, List.of());
        }
        return new Analysis(article, language, SentenceSplitter.split(article, language));
    }
}
