package io.wirewatch.extract;

import io.wirewatch.extract.link.EntityExtractor;
import io.wirewatch.kb.KnowledgeBase;
import java.util.Set;

/** Entities and titles ({@link EntityExtractor}): names linked to the knowledge base, roles at the article's date, titles resolved to their holders. */
final class EntityStep implements Annotator {
    private final EntityExtractor entities;

    EntityStep(KnowledgeBase kb) {
        this.entities = new EntityExtractor(kb);
    }

    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        EntityExtractor.Result linked = entities.link(doc.article(), doc.tokens(), doc.names().known(), doc.names().unknown());
        return doc.withEntities(linked.entities(), linked.titles());
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.TOKENS, Annotation.NAMES);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.ENTITIES, Annotation.TITLES);
    }
}
