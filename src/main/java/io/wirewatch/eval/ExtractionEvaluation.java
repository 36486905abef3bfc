package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.ingest.ArticleFiles;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures events and statements against gold articles. Recall: required items found. Precision:
 * found items that match a required or an acceptable one. Events match on the set of sides, the
 * status and (when the gold gives one) the level; statements on the speaker (same English name, or
 * same Russian surname, case endings aside) and a quote covering at least 80% of the gold quote (spaces and quotation
 * marks ignored). Also tabulates gold status against found status for events that match on sides
 * and level.
 */
public final class ExtractionEvaluation {
    private final Score events = new Score();
    private final Score statements = new Score();
    private final Map<String, Integer> statusConfusion = new TreeMap<>();
    private final StringBuilder details = new StringBuilder();

    /** Required found, required total, found matching anything listed, found total. */
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

        String line(String what) {
            return String.format("%-10s %9.3f %9.3f %9.3f %9d %9d%n", what, precision(), recall(), f1(), required, found);
        }
    }

    public static ExtractionEvaluation run(ArticleAnalyzer analyzer, List<GoldArticle> gold) {
        ExtractionEvaluation evaluation = new ExtractionEvaluation();
        for (GoldArticle article : gold) {
            Parsed parsed = ArticleFiles.read(List.of(article.article())).get(0);
            if (!parsed.isOk()) {
                throw new IllegalArgumentException(article.gold() + ": its article " + parsed.input() + " is unreadable: " + parsed.error());
            }
            evaluation.add(article, analyzer.analyze(parsed.article()));
        }
        return evaluation;
    }

    void add(GoldArticle gold, Analysis analysis) {
        List<JsonNode> requiredEvents = list(gold.events().path("required"));
        List<JsonNode> listedEvents = gold.listed(gold.events());
        score(events, requiredEvents, listedEvents, analysis.events(), (found, g) -> eventMatches(found, g, true));
        noteDifferences(gold, "event", requiredEvents, listedEvents, analysis.events(), (found, g) -> eventMatches(found, g, true),
                ExtractionEvaluation::describe, ExtractionEvaluation::describeGoldEvent);
        for (ContactEventRecord found : analysis.events()) {
            listedEvents.stream().filter(g -> eventMatches(found, g, true)).findFirst()
                    .or(() -> listedEvents.stream().filter(g -> eventMatches(found, g, false)).findFirst())
                    .ifPresent(g -> statusConfusion.merge(g.path("status").asText() + " -> " + found.status(), 1, Integer::sum));
        }
        List<JsonNode> requiredStatements = list(gold.statements().path("required"));
        score(statements, requiredStatements, gold.listed(gold.statements()), analysis.statements(),
                (found, g) -> statementMatches(analysis, found, g));
        noteDifferences(gold, "statement", requiredStatements, gold.listed(gold.statements()), analysis.statements(),
                (found, g) -> statementMatches(analysis, found, g),
                s -> s.speaker().nameEn() + " / " + s.speaker().nameRu() + ": " + shorten(s.quote().of(analysis.article().text())),
                g -> g.path("speaker").asText() + ": " + shorten(g.path("quote").asText()));
    }

    /** Lists, per article, the required items not found ("missed") and the found items the gold does not list ("extra"). */
    private <T> void noteDifferences(GoldArticle gold, String what, List<JsonNode> required, List<JsonNode> listed, List<T> found,
            java.util.function.BiPredicate<T, JsonNode> matches, java.util.function.Function<T, String> describeFound,
            java.util.function.Function<JsonNode, String> describeGold) {
        String article = gold.gold().getFileName().toString();
        for (JsonNode g : required) {
            if (found.stream().noneMatch(f -> matches.test(f, g))) {
                details.append(String.format("%s  missed %s  %s%n", article, what, describeGold.apply(g)));
            }
        }
        for (T f : found) {
            if (listed.stream().noneMatch(g -> matches.test(f, g))) {
                details.append(String.format("%s  extra  %s  %s%n", article, what, describeFound.apply(f)));
            }
        }
    }

    private static String describe(ContactEventRecord event) {
        return event.actors().stream().map(ContactEventRecord.EventActor::code).sorted().toList() + " " + event.status() + " "
                + event.level() + " " + event.type();
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

    private static <T> void score(Score score, List<JsonNode> required, List<JsonNode> listed, List<T> found,
            java.util.function.BiPredicate<T, JsonNode> matches) {
        score.required += required.size();
        score.found += found.size();
        for (JsonNode g : required) {
            if (found.stream().anyMatch(f -> matches.test(f, g))) {
                score.requiredFound++;
            }
        }
        for (T f : found) {
            if (listed.stream().anyMatch(g -> matches.test(f, g))) {
                score.foundListed++;
            }
        }
    }

    static boolean eventMatches(ContactEventRecord event, JsonNode gold, boolean withStatus) {
        Set<String> sides = new TreeSet<>();
        gold.path("actors").forEach(a -> sides.add(a.asText()));
        Set<String> found = new TreeSet<>();
        event.actors().forEach(a -> found.add(a.code()));
        boolean level = !gold.hasNonNull("level") || gold.path("level").asText().equals(event.level());
        return sides.equals(found) && level && (!withStatus || gold.path("status").asText().equals(event.status()));
    }

    static boolean statementMatches(Analysis analysis, AttributedStatement statement, JsonNode gold) {
        String speaker = gold.path("speaker").asText();
        boolean sameSpeaker = speaker.equals(statement.speaker().nameEn())
                || statement.speaker().nameRu() != null && surname(speaker).equals(surname(statement.speaker().nameRu()));
        if (!sameSpeaker) {
            return false;
        }
        String found = normalize(statement.quote().of(analysis.article().text()));
        String expected = normalize(gold.path("quote").asText());
        return !expected.isEmpty() && (found.contains(expected) || expected.contains(found) && found.length() >= 0.8 * expected.length());
    }

    /** The surname's stem: a name the article only gives in an oblique case (Брода) still matches Брод. */
    private static String surname(String name) {
        String[] words = name.trim().split("\\s+");
        return NameWords.stem(words[words.length - 1]);
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s\"«»„“”]", "").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
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
