package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an annotated document's tokens as Wirewatch's {@link Tokenizer} cuts them, names moved
 * along: CoNLL writes {@code Mr.} and {@code 's} as one token each, the extractor sees {@code Mr}
 * {@code .} and {@code '} {@code s}. A model trained on the tokens it will be given at run time
 * learns the contexts it will meet there. A corpus token the tokenizer drops whole (nothing
 * visible) stays as it is.
 */
public final class ProductTokenization {
    private ProductTokenization() {
    }

    /** The document with every token cut as the extractor cuts it. */
    public static NerDocument of(NerDocument document) {
        List<List<String>> sentences = new ArrayList<>();
        List<List<NerDocument.Name>> names = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            List<String> tokens = new ArrayList<>();
            List<String> original = document.sentences().get(s);
            int[] starts = new int[original.size() + 1];
            for (int i = 0; i < original.size(); i++) {
                starts[i] = tokens.size();
                List<Token> pieces = Tokenizer.tokenize(original.get(i));
                if (pieces.isEmpty()) {
                    tokens.add(original.get(i));
                } else {
                    pieces.forEach(piece -> tokens.add(piece.text()));
                }
            }
            starts[original.size()] = tokens.size();
            sentences.add(tokens);
            names.add(document.names().get(s).stream()
                    .map(n -> new NerDocument.Name(starts[n.start()], starts[n.end()], n.type())).toList());
        }
        return new NerDocument(document.id(), sentences, names, document.objects());
    }
}
