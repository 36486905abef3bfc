package io.wirewatch.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.eval.FactRuEvalText.Range;
import io.wirewatch.eval.NaevalMeasure.TypedSpan;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Name recognition of an analyzer, untouched, on CoNLL-format documents (English news, CoNLL-2003
 * eng.testa): each document's text rebuilt from its tokens (joined by spaces, one sentence a line),
 * analyzed as an English article, its NAME mentions (people PER; organisations and media ORG;
 * countries and places LOC) mapped back to the tokens they cover, and scored by exact range and
 * type of outermost mentions ({@link ExactSpans}) per type and over all. MISC gold is not counted.
 */
public final class ConllProductEvaluation {
    private final ExactSpans exact = new ExactSpans();
    private final List<String> details = new ArrayList<>();
    private int documents;

    /** Analyzes every document and scores it. */
    public static ConllProductEvaluation run(ArticleAnalyzer analyzer, List<NerDocument> documents) {
        ConllProductEvaluation evaluation = new ConllProductEvaluation();
        for (NerDocument document : documents) {
            List<Range> tokens = new ArrayList<>();
            Article article = article(document, tokens);
            evaluation.add(document, tokens, analyzer.analyze(article));
        }
        return evaluation;
    }

    /** The document as an English article: its tokens joined by spaces, a sentence a line; each token's range added to {@code tokens}. */
    static Article article(NerDocument document, List<Range> tokens) {
        StringBuilder text = new StringBuilder();
        for (List<String> sentence : document.sentences()) {
            for (int i = 0; i < sentence.size(); i++) {
                text.append(i == 0 ? "" : " ");
                tokens.add(new Range(text.length(), text.length() + sentence.get(i).length()));
                text.append(sentence.get(i));
            }
            text.append('\n');
        }
        return Article.fromParts(document.id(), "", null, "en", null, null, "", text.toString(), 0, SourceFormat.PLAIN_TEXT);
    }

    void add(NerDocument document, List<Range> tokens, Analysis analysis) {
        documents++;
        List<TypedSpan> names = NerProductEvaluation.names(analysis);
        Set<String> gold = ExactSpans.goldNames(document);
        Set<String> found = ExactSpans.foundNames(tokens, names);
        exact.count(gold, found);
        List<String> words = document.sentences().stream().flatMap(List::stream).toList();
        gold.removeIf(name -> ExactSpans.TYPES.stream().noneMatch(type -> name.endsWith(":" + type)));
        new TreeSet<>(gold).stream().filter(g -> !found.contains(g)).forEach(g -> details.add(line(document, words, "missed", g)));
        new TreeSet<>(found).stream().filter(f -> !gold.contains(f)).forEach(f -> details.add(line(document, words, "extra ", f)));
    }

    private static String line(NerDocument document, List<String> words, String what, String name) {
        String[] parts = name.split(":");
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        return String.format("%s %s %-3s %-32s | %s", document.id(), what, parts[2], String.join(" ", words.subList(start, end)),
                String.join(" ", words.subList(Math.max(0, start - 5), Math.min(words.size(), end + 5))));
    }

    public int documents() {
        return documents;
    }

    /** Exact-span scores per type. */
    public Map<String, TokenScore> exact() {
        return exact.byType();
    }

    /** Every type together (micro-averaged). */
    public TokenScore overall() {
        return exact.overall();
    }

    /** The gold names missed and the names found beyond the gold, one line each with their context. */
    public List<String> details() {
        return details;
    }

    /** {@code {"documents": n, "measures": {"exact": {"PER": {"p","r","f1"}, "LOC", "ORG", "ALL"}}}}. */
    public ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("documents", documents);
        ObjectNode measure = root.putObject("measures").putObject("exact");
        ExactSpans.TYPES.forEach(type -> put(measure, type, exact.byType().getOrDefault(type, TokenScore.ZERO)));
        put(measure, "ALL", overall());
        return root;
    }

    private static void put(ObjectNode measure, String type, TokenScore score) {
        measure.putObject(type).put("p", round(score.precision())).put("r", round(score.recall())).put("f1", round(score.f1()));
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** A table: type, precision, recall, F1, gold names. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("Exact range and type, outermost mentions:%n%-6s %9s %9s %9s %7s%n",
                "type", "precision", "recall", "F1", "gold"));
        ExactSpans.TYPES.forEach(type -> out.append(row(type, exact.byType().getOrDefault(type, TokenScore.ZERO))));
        out.append(row("ALL", overall()));
        return out.toString();
    }

    private static String row(String type, TokenScore s) {
        return String.format("%-6s %9.3f %9.3f %9.3f %7d%n", type, s.precision(), s.recall(), s.f1(), (long) s.recallTotal());
    }
}
