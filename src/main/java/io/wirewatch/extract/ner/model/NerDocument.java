package io.wirewatch.extract.ner.model;

import java.util.List;

/**
 * An annotated document for training or evaluating the name finder: sentences of tokens and the
 * names in them, by token index.
 *
 * @param id        document id (the corpus file's base name)
 * @param sentences tokens per sentence
 * @param names     outermost names per sentence, parallel to {@code sentences}
 * @param objects   every annotated object, nested ones included, for the shared task's metric
 */
public record NerDocument(String id, List<List<String>> sentences, List<List<Name>> names, List<GoldObject> objects) {
    /** A name: tokens {@code [start, end)} of its sentence, of type PER, ORG or LOC. */
    public record Name(int start, int end, String type) {
    }

    /**
     * An annotated object as the factRuEval metric sees it: its type and the weight of each of its
     * tokens (by document-wide token index; names weigh 1, descriptors 0).
     */
    public record GoldObject(String type, java.util.Map<Integer, Double> marks) {
        public GoldObject {
            marks = java.util.Map.copyOf(marks);
        }
    }

    public NerDocument {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        objects = List.copyOf(objects);
    }

    public NerDocument(String id, List<List<String>> sentences, List<List<Name>> names) {
        this(id, sentences, names, List.of());
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(List::size).sum();
    }
}
