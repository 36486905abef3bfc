package io.wirewatch.eval;

import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.rules.Found;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * naeval's measure ({@link NaevalMeasure}) over the held-out documents of a cross-validation: each
 * document's names, found by token index per sentence, put back on the characters of the corpus's
 * {@code .tokens} and scored against its {@code .objects} and {@code .spans}.
 */
final class FoldNaeval {
    private final Path corpus;
    private final NaevalMeasure naeval = new NaevalMeasure();

    FoldNaeval(Path corpus) {
        this.corpus = corpus;
    }

    /** Adds a document (read by the factRuEval reader from the corpus) and the outermost names found in its sentences. */
    void add(NerDocument document, List<List<Found>> found) {
        FactRuEvalText gold = FactRuEvalText.read(corpus, document.id());
        List<NaevalMeasure.TypedSpan> spans = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < found.size(); s++) {
            for (Found name : found.get(s)) {
                spans.add(new NaevalMeasure.TypedSpan(gold.tokens().get(offset + name.start()).start(),
                        gold.tokens().get(offset + name.end() - 1).end(), name.type()));
            }
            offset += document.sentences().get(s).size();
        }
        try {
            naeval.add(Files.readString(gold.text()), gold.tokens(), gold.objects(), spans);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold.text(), e);
        }
    }

    /** A table: type, precision, recall, F1. */
    String report() {
        return TokenScore.table("naeval's method (tokens tagged IO per type; outer spans; Org org_name,"
                + " Location/LocOrg loc_name):", naeval.byType());
    }
}
