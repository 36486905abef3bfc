package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.ingest.ArticleFiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures events and statements against gold articles, matched by {@link GoldMatch} (as
 * ../shared/ANNOTATION.md scores them), each gold item at most once. Recall: required items found.
 * Precision: found items paired with a required or an acceptable one. Also tabulates gold status
 * against found status for events that match on sides and level, and keeps the counts per article.
 */
public final class ExtractionEvaluation {
    private final Score events = new Score();
    private final Score statements = new Score();
    private final Map<String, Integer> statusConfusion = new TreeMap<>();
    private final StringBuilder details = new StringBuilder();
    private final List<ArticleScore> articles = new java.util.ArrayList<>();

    /** Required found, required total, found paired with a listed gold item, found total. */
    public static final class Score {
        int requiredFound;
        int required;
        int foundListed;
        int found;

        public double precision() {
            return found == 0 ? 1 : (double) foundListed / found;
        }

        public double recall() {
            return required == 0 ? 1 : (double) requiredFound / required;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int requiredFound() {
            return requiredFound;
        }

        public int required() {
            return required;
        }

        /** Found items paired with no gold item: the false positives. */
        public int extra() {
            return found - foundListed;
        }

        void add(Score other) {
            requiredFound += other.requiredFound;
            required += other.required;
            foundListed += other.foundListed;
            found += other.found;
        }

        String line(String what) {
            return String.format("%-10s %9.3f %9.3f %9.3f %9d %9d%n", what, precision(), recall(), f1(), required, found);
        }
    }

    /** One article's scores: its gold file's name, events, statements. */
    public record ArticleScore(String gold, Score events, Score statements) {
    }

    public static ExtractionEvaluation run(ArticleAnalyzer analyzer, List<GoldArticle> gold) {
        ExtractionEvaluation evaluation = new ExtractionEvaluation();
        for (GoldArticle article : gold) {
            evaluation.add(article, analyze(analyzer, article));
        }
        return evaluation;
    }

    /** The gold's article read as {@code wirewatch extract} reads it, analyzed. */
    public static Analysis analyze(ArticleAnalyzer analyzer, GoldArticle article) {
        Parsed parsed = ArticleFiles.read(List.of(article.article())).get(0);
        if (!parsed.isOk()) {
            throw new IllegalArgumentException(article.gold() + ": its article " + parsed.input() + " is unreadable: " + parsed.error());
        }
        return analyzer.analyze(parsed.article());
    }

    void add(GoldArticle gold, Analysis analysis) {
        String text = analysis.article().text();
        List<JsonNode> requiredEvents = list(gold.events().path("required"));
        List<JsonNode> listedEvents = gold.listed(gold.events());
        Score eventScore = score(requiredEvents.size(), listedEvents, analysis.events(), GoldMatch::event);
        noteDifferences(gold, "event", requiredEvents, listedEvents, analysis.events(), GoldMatch::event,
                ExtractionEvaluation::describe, ExtractionEvaluation::describeGoldEvent);
        for (ContactEventRecord found : analysis.events()) {
            listedEvents.stream().filter(g -> GoldMatch.event(found, g)).findFirst()
                    .or(() -> listedEvents.stream().filter(g -> sameSidesAndLevel(found, g)).findFirst())
                    .ifPresent(g -> statusConfusion.merge(g.path("status").asText() + " -> " + found.status().name(), 1, Integer::sum));
        }
        List<JsonNode> requiredStatements = list(gold.statements().path("required"));
        List<JsonNode> listedStatements = gold.listed(gold.statements());
        java.util.function.BiPredicate<AttributedStatement, JsonNode> said = (found, g) -> GoldMatch.statement(text, found, g);
        Score statementScore = score(requiredStatements.size(), listedStatements, analysis.statements(), said);
        noteDifferences(gold, "statement", requiredStatements, listedStatements, analysis.statements(), said,
                s -> s.speaker().nameEn() + " / " + s.speaker().nameRu() + ": " + shorten(s.quote().of(text)),
                g -> g.path("speaker").asText() + ": " + shorten(g.path("quote").asText()));
        events.add(eventScore);
        statements.add(statementScore);
        articles.add(new ArticleScore(gold.gold().getFileName().toString(), eventScore, statementScore));
    }

    private static boolean sameSidesAndLevel(ContactEventRecord found, JsonNode gold) {
        return GoldMatch.event(found, ((com.fasterxml.jackson.databind.node.ObjectNode) gold.deepCopy()).put("status", found.status().name()));
    }

    /** Lists, per article, the required items not found ("missed") and the found items paired with no gold item ("extra"). */
    private <T> void noteDifferences(GoldArticle gold, String what, List<JsonNode> required, List<JsonNode> listed, List<T> found,
            java.util.function.BiPredicate<T, JsonNode> matches, java.util.function.Function<T, String> describeFound,
            java.util.function.Function<JsonNode, String> describeGold) {
        String article = gold.gold().getFileName().toString();
        int[] pairs = GoldMatch.pairs(found, listed, matches);
        for (int g = 0; g < required.size(); g++) {
            int index = g;
            if (java.util.Arrays.stream(pairs).noneMatch(p -> p == index)) {
                details.append(String.format("%s  missed %s  %s%n", article, what, describeGold.apply(required.get(g))));
            }
        }
        for (int f = 0; f < found.size(); f++) {
            if (pairs[f] < 0) {
                details.append(String.format("%s  extra  %s  %s%n", article, what, describeFound.apply(found.get(f))));
            }
        }
    }

    private static String describe(ContactEventRecord event) {
        return event.actors().stream().map(ContactEventRecord.EventActor::code).sorted().toList() + " " + event.status().name() + " "
                + event.level().name() + " " + event.type().name();
    }

    private static String describeGoldEvent(JsonNode gold) {
        List<String> sides = new java.util.ArrayList<>();
        gold.path("actors").forEach(a -> sides.add(a.asText()));
        return sides.stream().sorted().toList() + " " + gold.path("status").asText() + " " + gold.path("level").asText("-");
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }

    /** Gold items: the {@code required} first ones of {@code listed}, then the acceptable. */
    private static <T> Score score(int required, List<JsonNode> listed, List<T> found, java.util.function.BiPredicate<T, JsonNode> matches) {
        int[] pairs = GoldMatch.pairs(found, listed, matches);
        Score score = new Score();
        score.required = required;
        score.found = found.size();
        for (int pair : pairs) {
            if (pair >= 0) {
                score.foundListed++;
                score.requiredFound += pair < required ? 1 : 0;
            }
        }
        return score;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** Per article, in gold order. */
    public List<ArticleScore> articles() {
        return articles;
    }

    public Score events() {
        return events;
    }

    public Score statements() {
        return statements;
    }

    /** Per article, what was missed and what was found beyond the gold (events, then statements, in gold order). */
    public String details() {
        return details.toString();
    }

    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-10s %9s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "required", "found"));
        out.append(events.line("events")).append(statements.line("statements"));
        out.append("\nevent status, gold -> found (events matching on sides and level):\n");
        statusConfusion.forEach((pair, count) -> out.append(String.format("  %-24s %d%n", pair, count)));
        return out.toString();
    }
}
