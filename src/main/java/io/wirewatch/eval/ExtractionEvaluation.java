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
 * against found status for events that match on sides and level, and keeps the counts per article
 * ({@link Score}) and the differences of the tuning part ({@link DifferenceList}).
 */
public final class ExtractionEvaluation {
    private final Score events = new Score();
    private final Score statements = new Score();
    private final Map<String, Integer> statusConfusion = new TreeMap<>();
    private final DifferenceList details = new DifferenceList();
    private final List<ArticleScore> articles = new java.util.ArrayList<>();

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
        Score eventScore = Score.of(requiredEvents.size(), listedEvents, analysis.events(), GoldMatch::event);
        details.note(gold, "event", requiredEvents, listedEvents, analysis.events(), GoldMatch::event,
                DifferenceList::describe, DifferenceList::describeGoldEvent);
        for (ContactEventRecord found : analysis.events()) {
            listedEvents.stream().filter(g -> GoldMatch.event(found, g)).findFirst()
                    .or(() -> listedEvents.stream().filter(g -> sameSidesAndLevel(found, g)).findFirst())
                    .ifPresent(g -> statusConfusion.merge(g.path("status").asText() + " -> " + found.status().name(), 1, Integer::sum));
        }
        List<JsonNode> requiredStatements = GoldArticle.required(gold.statements());
        List<JsonNode> listedStatements = GoldArticle.listed(gold.statements());
        java.util.function.BiPredicate<AttributedStatement, JsonNode> said = (found, g) -> GoldMatch.statement(text, found, g);
        Score statementScore = Score.of(requiredStatements.size(), listedStatements, analysis.statements(), said);
        details.note(gold, "statement", requiredStatements, listedStatements, analysis.statements(), said,
                s -> s.speaker().nameEn() + " / " + s.speaker().nameRu() + ": " + DifferenceList.shorten(s.quote().of(text)),
                g -> g.path("speaker").asText() + ": " + DifferenceList.shorten(GoldMatch.goldQuote(text, g)));
        events.add(eventScore);
        statements.add(statementScore);
        articles.add(new ArticleScore(gold.gold().getFileName().toString(), gold.part(), eventScore, statementScore, 1));
    }

    private static boolean sameSidesAndLevel(ContactEventRecord found, JsonNode gold) {
        return GoldMatch.event(found, ((com.fasterxml.jackson.databind.node.ObjectNode) gold.deepCopy()).put("status", found.status().name()));
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
