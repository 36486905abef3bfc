package io.wirewatch.extract;

import io.wirewatch.extract.ner.NameMerge;
import io.wirewatch.extract.text.LanguageDetector;
import java.util.List;
import java.util.Set;

/**
 * Names outside the knowledge base, found by the name finder of the article's language (Russian or
 * English), merged with the known ones by the one merge ({@link NameMerge}); without a name finder
 * for the language, the known names alone.
 */
final class NameMergeStep implements Annotator {
    private final NameMerge russian;
    private final NameMerge english;

    /** @param russian the merge with the Russian name finder, or null for none; {@code english} the same for English */
    NameMergeStep(NameMerge russian, NameMerge english) {
        this.russian = russian;
        this.english = english;
    }

    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        NameMerge merge = LanguageDetector.RUSSIAN.equals(doc.language()) ? russian
                : LanguageDetector.ENGLISH.equals(doc.language()) ? english : null;
        if (merge == null) {
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
