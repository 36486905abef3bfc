package io.wirewatch.extract;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.SentenceSplitter;
import java.util.Set;

/** Sentences ({@link SentenceSplitter}): the headline, then the body's, the dateline lead kept whole. */
final class SentenceStep implements Annotator {
    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        Article article = doc.article();
        return doc.withSentences(SentenceSplitter.split(article.text(), article.headline(), article.body(), article.lead(), doc.language()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.LANGUAGE);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.SENTENCES);
    }
}
