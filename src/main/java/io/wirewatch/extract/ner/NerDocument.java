package io.wirewatch.extract.ner;

import java.util.List;

/**
 * An annotated document for training or evaluating the name finder: sentences of tokens and the
 * names in them, by token index.
 *
 * @param id        document id (the corpus file's base name)
 * @param sentences tokens per sentence
 * @param names     names per sentence, parallel to {@code sentences}
 */
public record NerDocument(String id, List<List<String>> sentences, List<List<Name>> names) {
    /** A name: tokens {@code [start, end)} of its sentence, of type PER, ORG or LOC. */
    public record Name(int start, int end, String type) {
    }

    public NerDocument {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }
}
