package io.wirewatch.extract.text;

/** A sentence of an article: its position in the article's text and its order. */
public record Sentence(int index, TextRange range) {
    public String text(String articleText) {
        return range.of(articleText);
    }
}
