package io.wirewatch.extract;

import java.util.List;

/**
 * What the extraction library found in one article. Offsets index {@code article.text()}.
 *
 * @param article   the article analyzed
 * @param language  ISO 639-1 code, or {@code und} when the language is not supported (then
 *                  everything else is empty)
 * @param sentences sentences in text order, headline first
 */
public record Analysis(Article article, String language, List<Sentence> sentences) {
    public Analysis {
        sentences = List.copyOf(sentences);
    }

    public boolean supported() {
        return LanguageDetector.isSupported(language);
    }
}
