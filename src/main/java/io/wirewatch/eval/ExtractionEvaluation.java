package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.statements.AttributedStatement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures events and statements against gold articles, matched by {@link GoldMatch} (as
 * ../shared/ANNOTATION.md scores them), each gold item at most once, over the whole set and per part
 * (tuning, checking: {@link #part}). Recall: required items found.
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

    /**
     * One article's scores: its gold file's name, its part of the set (tuning, checking or ""),
     * events, statements; or, from {@link #part}, a part's: its name and how many articles it has.
     */
    public record ArticleScore(String gold, String part, Score events, Score statements, int articles) {
    }

    /** The scores of one part of the set, summed over its articles (none: zero articles). */
    public ArticleScore part(String part) {
        Score partEvents = new Score();
        Score partStatements = new Score();
        List<ArticleScore> inPart = articles.stream().filter(a -> a.part().equals(part)).toList();
        inPart.forEach(a -> {
            partEvents.add(a.events());
            partStatements.add(a.statements());
        });
        return new ArticleScore(part, part, partEvents, partStatements, inPart.size());
    }

    public static ExtractionEvaluation run(ArticleAnalyzer analyzer, List<GoldArticle> gold, GoldCorpus corpus) {
        ExtractionEvaluation evaluation = new ExtractionEvaluation();
        for (GoldArticle article : gold) {
            evaluation.add(article, analyzer.analyze(corpus.article(article.document())));
        }
        return evaluation;
    }

    void add(GoldArticle gold, Analysis analysis) {
        String text = analysis.article().text();
        List<JsonNode> requiredEvents = GoldArticle.required(gold.events());
        List<JsonNode> listedEvents = GoldArticle.listed(gold.events());
        Score eventScore = score(requiredEvents.size(), listedEvents, analysis.events(), GoldMatch::event);
        noteDifferences(gold, "event", requiredEvents, listedEvents, analysis.events(), GoldMatch::event,
                ExtractionEvaluation::describe, ExtractionEvaluation::describeGoldEvent);
        for (ContactEventRecord found : analysis.events()) {
            listedEvents.stream().filter(g -> GoldMatch.event(found, g)).findFirst()
                    .or(() -> listedEvents.stream().filter(g -> sameSidesAndLevel(found, g)).findFirst())
                    .ifPresent(g -> statusConfusion.merge(g.path("status").asText() + " -> " + found.status().name(), 1, Integer::sum));
        }
        List<JsonNode> requiredStatements = GoldArticle.required(gold.statements());
        List<JsonNode> listedStatements = GoldArticle.listed(gold.statements());
        java.util.function.BiPredicate<AttributedStatement, JsonNode> said = (found, g) -> GoldMatch.statement(text, found, g);
        Score statementScore = score(requiredStatements.size(), listedStatements, analysis.statements(), said);
        noteDifferences(gold, "statement", requiredStatements, listedStatements, analysis.statements(), said,
                s -> s.speaker().nameEn() + " / " + s.speaker().nameRu() + ": " + shorten(s.quote().of(text)),
                g -> g.path("speaker").asText() + ": " + shorten(GoldMatch.goldQuote(text, g)));
        events.add(eventScore);
        statements.add(statementScore);
        articles.add(new ArticleScore(gold.gold().getFileName().toString(), gold.part(), eventScore, statementScore, 1));
    }

    private static boolean sameSidesAndLevel(ContactEventRecord found, JsonNode gold) {
        return GoldMatch.event(found, ((com.fasterxml.jackson.databind.node.ObjectNode) gold.deepCopy()).put("status", found.status().name()));
    }

    /** Lists, per article, the required items not found ("missed") and the found items paired with no gold item ("extra"). */
    private <T> void noteDifferences(GoldArticle gold, String what, List<JsonNode> required, List<JsonNode> listed, List<T> found,
            java.util.function.BiPredicate<T, JsonNode> matches, java.util.function.Function<T, String> describeFound,
            java.util.function.Function<JsonNode, String> describeGold) {
        if (gold.part().equals("checking")) {
            return;
        }
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
        return GoldArticle.sides(gold).stream().sorted().toList() + " " + gold.path("status").asText() + " " + gold.path("level").asText("-");
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

    /**
     * Per article of the tuning part (and of gold that names no part), what was missed and what was
     * found beyond the gold (events, then statements, in gold order); the checking part is only measured.
     */
    public String details() {
        return details.toString();
    }

    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-10s %9s %9s %9s %9s %9s%n", "", "precision", "recall", "F1", "required", "found"));
        out.append(events.line("events")).append(statements.line("statements"));
        for (String part : List.of("tuning", "checking")) {
            ArticleScore scores = part(part);
            if (scores.articles() > 0) {
                out.append(String.format("%n%s part (%d articles):%n", part, scores.articles()));
                out.append(scores.events().line("events")).append(scores.statements().line("statements"));
            }
        }
        out.append("\nevent status, gold -> found (events matching on sides and level):\n");
        statusConfusion.forEach((pair, count) -> out.append(String.format("  %-24s %d%n", pair, count)));
        return out.toString();
    }
}
