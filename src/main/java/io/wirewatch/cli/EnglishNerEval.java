package io.wirewatch.cli;

import io.wirewatch.eval.ConllProductEvaluation;
import io.wirewatch.eval.DocumentParts;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ner.model.ConllReader;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eval ner --lang en}: the analyzer on a CoNLL-format file, one part of its fixed split.
 * With {@code --no-train} the shipped analyzer; with {@code --model FILE} the same analyzer with
 * that English model in place of the shipped one (to try features and settings on the tuning part
 * before training the shipped model).
 */
final class EnglishNerEval {
    private EnglishNerEval() {
    }

    static void run(List<Path> corpora, Path model, Path split, String part, boolean json, boolean details, PrintWriter out) {
        if (corpora.size() != 1) {
            throw new IllegalArgumentException("--lang en evaluates one --corpus file, not " + corpora.size());
        }
        Path corpus = corpora.get(0);
        List<NerDocument> documents = DocumentParts.read(split).select(ConllReader.read(corpus), part);
        ArticleAnalyzer analyzer = model == null ? new ArticleAnalyzer()
                : new ArticleAnalyzer(KnowledgeBase.bundled(), StatisticalNameFinder.bundled(), StatisticalNameFinder.read(model));
        ConllProductEvaluation evaluation = ConllProductEvaluation.run(analyzer, documents);
        if (json) {
            out.println(evaluation.json().put("part", part).toString());
        } else {
            out.printf("%s on %s of %s (%d documents, split %s)%n%n%s", model == null ? "The shipped analyzer"
                    : "The analyzer with the English model " + model, part.equals("all") ? "all" : "the " + part + " part", corpus,
                    evaluation.documents(), split, evaluation.report());
        }
        if (details) {
            evaluation.details().forEach(out::println);
        }
    }

    /** The documents of every CoNLL file, in order. */
    static List<NerDocument> read(List<Path> files) {
        List<NerDocument> documents = new ArrayList<>();
        files.forEach(file -> documents.addAll(ConllReader.read(file)));
        return documents;
    }
}
