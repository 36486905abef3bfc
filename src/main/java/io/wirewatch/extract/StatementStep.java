package io.wirewatch.extract;

import io.wirewatch.extract.statements.StatementExtractor;
import java.util.Set;

/** Quotations with their speakers ({@link StatementExtractor}). */
final class StatementStep implements Annotator {
    private final StatementExtractor statements = new StatementExtractor();

    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        return doc.withStatements(statements.extract(doc.article().text(), doc.tokens(), doc.entities(), doc.mentions(), doc.titles()));
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.TOKENS, Annotation.ENTITIES, Annotation.TITLES, Annotation.MENTION_INDEX);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.STATEMENTS);
    }
}
