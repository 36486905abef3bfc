package io.wirewatch.extract;

import io.wirewatch.extract.text.LanguageDetector;
import java.util.Set;

/** The article's language ({@link LanguageDetector}): the declared one when Wirewatch supports it, else detected from the body. */
final class LanguageStep implements Annotator {
    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        return doc.withLanguage(LanguageDetector.detect(doc.article().text(), doc.article().body(), doc.article().language()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.LANGUAGE);
    }
}
