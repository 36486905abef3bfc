package io.wirewatch.eval;

import io.wirewatch.eval.FactRuEvalText.Range;
import io.wirewatch.eval.NaevalMeasure.TypedSpan;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ner.model.NerelReader;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.text.Tokenizer;
import io.wirewatch.ingest.ArticleFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Name recognition of the shipped analyzer, untouched, on NEREL documents (brat {@code .txt} and
 * {@code .ann}): each {@code .txt} read as {@code wirewatch extract} reads it, its NAME mentions
 * ({@link NerProductEvaluation#names}) scored by naeval's token measure ({@link NaevalMeasure})
 * against NEREL's names mapped as the model's training maps them ({@link NerelReader}: outermost
 * PER, ORG with its descriptor, LOC with facilities; nothing without a capital), the analyzer's
 * tokens as the tokens. NEREL's ORG spans hold descriptors (МИД России) that factRuEval's
 * {@code org_name} also holds, but also generic ones (правоохранительные органы Киргизии): its
 * ORG figure reads against a looser gold than factRuEval's.
 */
public final class NerelProductEvaluation {
    private final NaevalMeasure naeval = new NaevalMeasure();
    private int documents;

    /** Analyzes the documents of the corpus the filter accepts and scores them. */
    public static NerelProductEvaluation run(ArticleAnalyzer analyzer, Path corpus, java.util.function.Predicate<String> ids) {
        NerelProductEvaluation evaluation = new NerelProductEvaluation();
        for (String id : NerelReader.ids(corpus)) {
            if (!ids.test(id)) {
                continue;
            }
            Parsed parsed = ArticleFiles.read(List.of(corpus.resolve(id + ".txt"))).get(0);
            if (!parsed.isOk()) {
                throw new IllegalArgumentException(id + ".txt cannot be read: " + parsed.error());
            }
            Analysis analysis = analyzer.analyze(parsed.article());
            String text = analysis.article().text();
            if (!text.equals(NerelReader.text(corpus, id))) {
                throw new IllegalStateException(id + ".txt: the analyzer's text is not the file's; the gold offsets would not hold");
            }
            List<Range> tokens = Tokenizer.tokenize(text).stream().map(t -> new Range(t.start(), t.end())).toList();
            List<TypedSpan> gold = NerelReader.entities(NerelReader.annotations(corpus, id)).stream()
                    .map(e -> new TypedSpan(e.start(), e.end(), e.type())).toList();
            evaluation.naeval.addSpans(text, tokens, gold, NerProductEvaluation.names(analysis));
            evaluation.documents++;
        }
        return evaluation;
    }

    public int documents() {
        return documents;
    }

    public Map<String, TokenScore> naeval() {
        return naeval.byType();
    }

    /** A table: type, precision, recall, F1 (naeval's method). */
    public String report() {
        return TokenScore.table("naeval's method (tokens tagged IO per type; outer spans; NEREL mapped):", naeval.byType());
    }
}
