package io.wirewatch.extract;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tokens of the headline and the body ({@link Tokenizer}): what precedes them (the seed's date line) is metadata. */
final class TokenStep implements Annotator {
    @Override
    public AnnotatedArticle annotate(AnnotatedArticle doc) {
        return doc.withTokens(tokens(doc.article()));
    }

    static List<Token> tokens(Article article) {
        List<Token> tokens = new ArrayList<>(Tokenizer.tokenize(article.text(), article.headline().start(), article.headline().end()));
        tokens.addAll(Tokenizer.tokenize(article.text(), article.body().start(), article.body().end()));
        return tokens;
    }
    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> produces() {
        return Set.of(Annotation.TOKENS);
    }
}
