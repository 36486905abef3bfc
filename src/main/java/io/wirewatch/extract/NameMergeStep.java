package io.wirewatch.extract;

import io.wirewatch.extract.ner.NameMerge;
import io.wirewatch.extract.text.LanguageDetector;
import java.util.List;
import java.util.Set;

/** Names outside the knowledge base in Russian text, merged with the known ones ({@link NameMerge}); without a name finder, or in another language, the known names alone. */
final class NameMergeStep implements Annotator {
    private final NameMerge merge;

    /** @param merge the merge with a name finder, or null for none */
    NameMergeStep(NameMerge merge) {
        this.merge = merge;
    }

    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        if (merge == null || !LanguageDetector.RUSSIAN.equals(doc.language())) {
            return doc.withNames(new NameMerge.Result(doc.knownNames().mentions(), List.of()));
        }
        return doc.withNames(merge.merge(doc.article(), doc.tokens(), doc.sentences(), doc.knownNames()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.LANGUAGE, Annotation.SENTENCES, Annotation.TOKENS, Annotation.KNOWN_NAMES);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.NAMES);
    }
}
