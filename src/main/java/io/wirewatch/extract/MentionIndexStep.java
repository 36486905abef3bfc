package io.wirewatch.extract;

import io.wirewatch.extract.link.MentionIndex;
import java.util.Set;

/** Which entity each token range mentions ({@link MentionIndex}), for statements and events. */
final class MentionIndexStep implements Annotator {
    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        return doc.withMentions(MentionIndex.of(doc.entities()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.MENTION_INDEX);
    }
}
