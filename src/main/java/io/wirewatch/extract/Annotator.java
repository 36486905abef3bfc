package io.wirewatch.extract;

import java.util.Set;

/**
 * One step of the analysis, in the manner of CoreNLP's {@code Annotator}: reads the layers it
 * {@link #requires()} from an {@link AnnotatedArticle} and returns the article with the layers it
 * {@link #produces()} added. {@link ArticleAnalyzer} runs a list of them and checks, when it is
 * built, that every step's requirements are produced earlier. Steps are thread-safe and never
 * throw on odd text.
 */
public interface Annotator {
    Set<Annotation> requires();

    Set<Annotation> produces();

    /** The article with this step's layers added; the argument is not changed (it is immutable). */
    AnnotatedArticle annotate(AnnotatedArticle article);

    /** The step's name, for error messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
