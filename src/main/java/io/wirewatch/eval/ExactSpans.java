package io.wirewatch.eval;

import io.wirewatch.eval.FactRuEvalText.Range;
import io.wirewatch.eval.NaevalMeasure.TypedSpan;
import io.wirewatch.extract.ner.model.NerDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact range and type of outermost names, counted per type (PER, LOC, ORG): a gold name is found
 * when a found name covers exactly its tokens with its type. Reads gold names by token index and
 * found names by character range (snapped to the tokens they overlap); produces precision, recall
 * and F1 per type and over all. The factRuEval and CoNLL evaluations of the shipped analyzer count
 * here.
 */
final class ExactSpans {
    static final List<String> TYPES = List.of("PER", "LOC", "ORG");
    private final Map<String, TokenScore> byType = new TreeMap<>();

    /** The document's gold names, {@code first:last+1:type} by document-wide token index. */
    static Set<String> goldNames(NerDocument document) {
        Set<String> names = new HashSet<>();
        int offset = 0;
        for (int s = 0; s < document.sentences().size(); s++) {
            for (NerDocument.Name name : document.names().get(s)) {
                names.add((offset + name.start()) + ":" + (offset + name.end()) + ":" + name.type());
            }
            offset += document.sentences().get(s).size();
        }
        return names;
    }

    /** Outermost found names as token ranges, {@code first:last+1:type}, like the gold's. */
    static Set<String> foundNames(List<Range> tokens, List<TypedSpan> names) {
        Set<String> found = new HashSet<>();
        for (TypedSpan name : NaevalMeasure.outer(names)) {
            List<Integer> covered = tokensOf(tokens, name).stream().sorted().toList();
            if (!covered.isEmpty()) {
                found.add(covered.get(0) + ":" + (covered.get(covered.size() - 1) + 1) + ":" + name.type());
            }
        }
        return found;
    }

    /** The indexes of the tokens a span overlaps. */
    static Set<Integer> tokensOf(List<Range> tokens, TypedSpan span) {
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < span.end() && span.start() < tokens.get(i).end()) {
                covered.add(i);
            }
        }
        return covered;
    }

    /** Counts one document's names. */
    void count(Set<String> gold, Set<String> found) {
        for (String type : TYPES) {
            Set<String> g = ofType(gold, type);
            Set<String> f = ofType(found, type);
            Set<String> both = new HashSet<>(g);
            both.retainAll(f);
            byType.merge(type, new TokenScore(both.size(), f.size(), both.size(), g.size()), TokenScore::plus);
        }
    }

    private static Set<String> ofType(Set<String> names, String type) {
        Set<String> of = new HashSet<>();
        names.stream().filter(n -> n.endsWith(":" + type)).forEach(of::add);
        return of;
    }

    Map<String, TokenScore> byType() {
        return byType;
    }

    /** Every type's counts summed: the micro-averaged measure. */
    TokenScore overall() {
        return byType.values().stream().reduce(TokenScore.ZERO, TokenScore::plus);
    }
}
