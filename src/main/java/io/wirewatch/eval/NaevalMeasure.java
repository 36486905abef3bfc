package io.wirewatch.eval;

import io.wirewatch.eval.FactRuEvalText.GoldObject;
import io.wirewatch.eval.FactRuEvalText.GoldSpan;
import io.wirewatch.eval.FactRuEvalText.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Name recognition scored by the method of natasha/naeval's public table (its factRuEval loading,
 * {@code adapt_factru}, and its token-level IO scoring, {@code tag_f1}), reimplemented:
 * <ul>
 * <li>gold: a Person object whole (first span to last), an Org object's {@code org_name} spans, a
 *     Location or LocOrg object's {@code loc_name} spans (LOC); within an object and then over the
 *     document, a span overlapping an earlier one (by start, longer first) is dropped, so the outer
 *     span stays (МИД Грузии is ORG, Грузии inside it is dropped);</li>
 * <li>found: the NAME mentions, quote marks and spaces trimmed from their ends, overlapping ones
 *     dropped the same way;</li>
 * <li>both: spans that do not start at a token's start and end at a token's end are dropped;</li>
 * <li>each token tagged I-type or O per type; precision = tokens tagged by both / tokens found,
 *     recall = tokens tagged by both / gold tokens, summed over the documents.</li>
 * </ul>
 * naeval tokenizes with razdel; here the corpus's own tokens ({@code .tokens}) are the tokens.
 */
public final class NaevalMeasure {
    /** The quote marks naeval trims. */
    static final String QUOTES = "\"'”«„ʼ»“ʻ";
    private final Map<String, TokenScore> byType = new TreeMap<>();

    /** A span of a type (PER, ORG, LOC). */
    public record TypedSpan(int start, int end, String type) {
    }

    /** Adds one document: its text, tokens, gold objects and the NAME mentions found. */
    public void add(String text, List<Range> tokens, List<GoldObject> gold, List<TypedSpan> found) {
        addSpans(text, tokens, goldSpans(gold), found);
    }

    /** Adds one document whose gold is already typed spans (another corpus mapped to PER, ORG, LOC). */
    public void addSpans(String text, List<Range> tokens, List<TypedSpan> gold, List<TypedSpan> found) {
        List<TypedSpan> goldSpans = aligned(outer(gold), tokens);
        List<TypedSpan> foundSpans = aligned(outer(trimmed(text, found)), tokens);
        for (String type : List.of("PER", "ORG", "LOC")) {
            boolean[] g = io(tokens, goldSpans, type);
            boolean[] f = io(tokens, foundSpans, type);
            int both = 0;
            int gold1 = 0;
            int found1 = 0;
            for (int i = 0; i < tokens.size(); i++) {
                both += g[i] && f[i] ? 1 : 0;
                gold1 += g[i] ? 1 : 0;
                found1 += f[i] ? 1 : 0;
            }
            byType.merge(type, new TokenScore(both, found1, both, gold1), TokenScore::plus);
        }
    }

    /** Scores per type (PER, ORG, LOC). */
    public Map<String, TokenScore> byType() {
        return byType;
    }

    static List<TypedSpan> goldSpans(List<GoldObject> objects) {
        List<TypedSpan> spans = new ArrayList<>();
        for (GoldObject object : objects) {
            switch (object.type()) {
                case "Person" -> spans.add(new TypedSpan(object.range().start(), object.range().end(), "PER"));
                case "Org" -> spans.addAll(outer(named(object, "org_name", "ORG")));
                default -> spans.addAll(outer(named(object, "loc_name", "LOC")));
            }
        }
        return spans;
    }

    private static List<TypedSpan> named(GoldObject object, String spanType, String type) {
        return object.spans().stream().filter(s -> s.type().equals(spanType)).map(GoldSpan::range)
                .map(r -> new TypedSpan(r.start(), r.end(), type)).toList();
    }

    /** naeval's filter_overlapping: by start, longer first; a span overlapping the last kept one is dropped. */
    static List<TypedSpan> outer(List<TypedSpan> spans) {
        List<TypedSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TypedSpan::start).thenComparing(Comparator.comparingInt(TypedSpan::end).reversed()));
        List<TypedSpan> kept = new ArrayList<>();
        TypedSpan previous = null;
        for (TypedSpan span : sorted) {
            if (previous != null && previous.end() > span.start()) {
                continue;
            }
            kept.add(span);
            previous = span;
        }
        return kept;
    }

    private static List<TypedSpan> trimmed(String text, List<TypedSpan> spans) {
        List<TypedSpan> out = new ArrayList<>();
        for (TypedSpan span : spans) {
            int start = span.start();
            int end = span.end();
            while (start < end && trim(text.charAt(start))) {
                start++;
            }
            while (end > start && trim(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new TypedSpan(start, end, span.type()));
            }
        }
        return out;
    }

    private static boolean trim(char c) {
        return QUOTES.indexOf(c) >= 0 || c == ' ' || c == '\t';
    }

    private static List<TypedSpan> aligned(List<TypedSpan> spans, List<Range> tokens) {
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        tokens.forEach(t -> {
            starts.add(t.start());
            ends.add(t.end());
        });
        return spans.stream().filter(s -> starts.contains(s.start()) && ends.contains(s.end())).toList();
    }

    /** naeval's spans_io for one type: sorted, non-overlapping spans walked along the tokens. */
    private static boolean[] io(List<Range> tokens, List<TypedSpan> spans, String type) {
        List<TypedSpan> ofType = spans.stream().filter(s -> s.type().equals(type)).toList();
        boolean[] tags = new boolean[tokens.size()];
        int next = 0;
        for (int i = 0; i < tokens.size() && next < ofType.size(); i++) {
            TypedSpan span = ofType.get(next);
            if (tokens.get(i).start() >= span.start()) {
                tags[i] = true;
            }
            if (tokens.get(i).end() >= span.end()) {
                next++;
            }
        }
        return tags;
    }
}
