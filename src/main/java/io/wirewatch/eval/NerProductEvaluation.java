package io.wirewatch.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.eval.NaevalMeasure.TypedSpan;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionKind;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.ner.model.FactRuEvalReader;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.ingest.ArticleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name recognition of the shipped analyzer, untouched, on a factRuEval-format corpus: each
 * document's {@code .txt} read as {@code wirewatch extract} reads it, analyzed by
 * {@link ArticleAnalyzer}, and its mentions (people PER; organisations and media ORG; countries
 * and places LOC; nationalities left out) scored three ways: naeval's token-level measure
 * ({@link NaevalMeasure}) on NAME mentions, as naeval counts org_name and loc_name spans; and, on
 * NAME and DESCRIPTOR mentions, as factRuEval's objects count an organisation named by a
 * descriptor and a place (мэрии Москвы), exact range and type on outermost mentions (both snapped
 * to the corpus's tokens) and the factRuEval-2016 Track 1 measure ({@link SharedTaskMetric},
 * nested mentions included).
 */
public final class NerProductEvaluation {
    private static final List<String> TYPES = ExactSpans.TYPES;
    private final NaevalMeasure naeval = new NaevalMeasure();
    private final ExactSpans exact = new ExactSpans();
    private final SharedTaskMetric track1 = new SharedTaskMetric();
    private int documents;

    /** Analyzes every document of the corpus and scores it. */
    public static NerProductEvaluation run(ArticleAnalyzer analyzer, Path corpus) {
        NerProductEvaluation evaluation = new NerProductEvaluation();
        for (NerDocument document : FactRuEvalReader.read(corpus)) {
            FactRuEvalText gold = FactRuEvalText.read(corpus, document.id());
            Parsed parsed = ArticleFiles.read(List.of(gold.text())).get(0);
            if (!parsed.isOk()) {
                throw new IllegalArgumentException(gold.text() + " cannot be read: " + parsed.error());
            }
            evaluation.add(document, gold, analyzer.analyze(parsed.article()));
        }
        return evaluation;
    }

    /** PER, ORG or LOC for an entity's NAME mentions, null for kinds no name measure counts. */
    public static String nameType(LinkedEntity entity) {
        return switch (entity.kind()) {
            case PERSON -> "PER";
            case ORGANIZATION, MEDIA -> "ORG";
            case COUNTRY, LOCATION -> "LOC";
            case NATIONALITY -> null;
        };
    }

    /** The article's NAME mentions with their types, in text order. */
    public static List<TypedSpan> names(Analysis analysis) {
        return mentions(analysis, Set.of(MentionKind.NAME));
    }

    /**
     * The article's mentions of these kinds with their types, in text order: NAME for the name
     * measures; NAME and DESCRIPTOR for the measures of factRuEval's objects, where an organisation
     * named by a common noun and a place (мэрии Москвы) is one Org, found or missed.
     */
    static List<TypedSpan> mentions(Analysis analysis, Set<MentionKind> kinds) {
        List<TypedSpan> names = new ArrayList<>();
        for (LinkedEntity entity : analysis.entities()) {
            String type = nameType(entity);
            for (TextRange mention : entity.mentions()) {
                if (type != null && kinds.contains(entity.kindOf(mention))) {
                    names.add(new TypedSpan(mention.start(), mention.end(), type));
                }
            }
        }
        names.sort(Comparator.comparingInt(TypedSpan::start));
        return names;
    }

    void add(NerDocument document, FactRuEvalText gold, Analysis analysis) {
        documents++;
        String text = analysis.article().text();
        naeval.add(text, gold.tokens(), gold.objects(), names(analysis));
        List<TypedSpan> objects = mentions(analysis, Set.of(MentionKind.NAME, MentionKind.DESCRIPTOR));
        List<SharedTaskMetric.Found> found = new ArrayList<>();
        for (TypedSpan name : objects) {
            Set<Integer> tokens = ExactSpans.tokensOf(gold.tokens(), name);
            if (!tokens.isEmpty()) {
                found.add(new SharedTaskMetric.Found(name.type(), tokens));
            }
        }
        track1.add(document.objects(), found);
        exact.count(ExactSpans.goldNames(document), ExactSpans.foundNames(gold.tokens(), objects));
    }

    public int documents() {
        return documents;
    }

    public Map<String, TokenScore> naeval() {
        return naeval.byType();
    }

    public Map<String, TokenScore> exact() {
        return exact.byType();
    }

    public SharedTaskMetric track1() {
        return track1;
    }

    /** {@code {"documents": n, "measures": {"naeval": {"PER": {"p","r","f1"}, ...}, "exact": ..., "track1": ...}}}. */
    public ObjectNode json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("documents", documents);
        ObjectNode measures = root.putObject("measures");
        Map<String, Map<String, double[]>> all = new LinkedHashMap<>();
        all.put("naeval", triples(naeval()));
        all.put("exact", triples(exact.byType()));
        Map<String, double[]> shared = new LinkedHashMap<>();
        TYPES.forEach(t -> shared.put(t, new double[] {track1.precision(t), track1.recall(t), track1.f1(t)}));
        all.put("track1", shared);
        all.forEach((measure, byType) -> {
            ObjectNode node = measures.putObject(measure);
            byType.forEach((type, prf) -> node.putObject(type).put("p", round(prf[0])).put("r", round(prf[1])).put("f1", round(prf[2])));
        });
        return root;
    }

    private static Map<String, double[]> triples(Map<String, TokenScore> scores) {
        Map<String, double[]> out = new LinkedHashMap<>();
        TYPES.forEach(t -> {
            TokenScore s = scores.getOrDefault(t, TokenScore.ZERO);
            out.put(t, new double[] {s.precision(), s.recall(), s.f1()});
        });
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** Three tables: type, precision, recall, F1. */
    public String report() {
        StringBuilder out = new StringBuilder();
        json().path("measures").fields().forEachRemaining(measure -> {
            out.append(String.format("%s:%n%-6s %9s %9s %9s%n", title(measure.getKey()), "type", "precision", "recall", "F1"));
            measure.getValue().fields().forEachRemaining(t -> out.append(String.format("%-6s %9.3f %9.3f %9.3f%n", t.getKey(),
                    t.getValue().path("p").asDouble(), t.getValue().path("r").asDouble(), t.getValue().path("f1").asDouble())));
            out.append('\n');
        });
        return out.toString();
    }

    private static String title(String measure) {
        return switch (measure) {
            case "naeval" -> "naeval's method (tokens tagged IO per type; outer spans; Org org_name, Location/LocOrg loc_name)";
            case "exact" -> "Exact range and type, outermost mentions (snapped to the corpus's tokens)";
            default -> "factRuEval-2016 Track 1 (token overlap, descriptors weightless, nested mentions)";
        };
    }
}
