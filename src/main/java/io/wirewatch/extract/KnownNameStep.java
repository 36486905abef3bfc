package io.wirewatch.extract;

import io.wirewatch.extract.link.KnownNames;
import io.wirewatch.kb.KnowledgeBase;
import java.util.Set;

/** The knowledge base's names in the tokens ({@link KnownNames}). */
final class KnownNameStep implements Annotator {
    private final KnownNames names;

    KnownNameStep(KnowledgeBase kb) {
        this.names = new KnownNames(kb);
    }

    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        return doc.withKnownNames(names.find(doc.article(), doc.tokens()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.KNOWN_NAMES);
    }
}
