package io.wirewatch.extract;

import io.wirewatch.extract.events.EventExtractor;
import io.wirewatch.kb.KnowledgeBase;
import java.util.Set;

/** Diplomatic contacts ({@link EventExtractor}), coded clause by clause. */
final class EventStep implements Annotator {
    private final EventExtractor events;

    EventStep(KnowledgeBase kb) {
        this.events = new EventExtractor(kb);
    }

    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        return doc.withEvents(events.extract(doc.article(), doc.tokens(), doc.sentences(), doc.entities(), doc.mentions(), doc.statements()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.TOKENS, Annotation.SENTENCES, Annotation.ENTITIES, Annotation.MENTION_INDEX, Annotation.STATEMENTS);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.EVENTS);
    }
}
