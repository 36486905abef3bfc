package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirewatch.extract.ArticleAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression test on the development gold of seeds/gold (contact events and quotes in factRuEval
 * devset, NEREL train and Reuters-21578 pool articles), scored by {@link GoldMatch} as
 * {@code wirewatch eval} scores them. Per article of the tuning part: no fewer gold items found and
 * no more found beyond the gold than the baseline in {@code dev-gold/<set>-baseline.csv} (written by
 * {@code wirewatch eval events --per-article}). Per set and part, tuning and checking: precision and
 * recall no lower than the floors in {@code dev-gold/floors.csv} (the figures measured when they were
 * written, less 0.02); the checking part is measured, never listed article by article. The corpora
 * are found under {@code -Dwirewatch.corpora=DIR} (default ../shared/corpora); without them the test
 * is skipped.
 */
class DevGoldTest {
    private static final Map<String, String> CORPUS = Map.of(
            "factrueval-dev", "factRuEval-2016/devset",
            "nerel-train", "nerel-train/NEREL-v1.1/train",
            "reuters", "reuters21578-pool/reuters21578-pool.jsonl");
    private static final Map<String, ExtractionEvaluation> MEASURED = new HashMap<>();
    private static ArticleAnalyzer analyzer;

    private static Path corpus(String set) {
        Path corpus = Path.of(System.getProperty("wirewatch.corpora", "../shared/corpora")).resolve(CORPUS.get(set));
        assumeTrue(Files.exists(corpus), "the corpus of " + set + " is not at " + corpus);
        return corpus;
    }

    private static synchronized ExtractionEvaluation measured(String set) {
        return MEASURED.computeIfAbsent(set, s -> {
            if (analyzer == null) {
                analyzer = new ArticleAnalyzer();
            }
            return ExtractionEvaluation.run(analyzer, GoldArticle.readAll(Path.of("seeds/gold", s)), GoldCorpus.at(corpus(s)));
        });
    }

    static Stream<Arguments> baseline() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String set : List.of("factrueval-dev", "nerel-train", "reuters")) {
            for (String[] cells : csv("dev-gold/" + set + "-baseline.csv")) {
                rows.add(Arguments.of(set, cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]),
                        Integer.parseInt(cells[3]), Integer.parseInt(cells[4])));
            }
        }
        return rows.stream();
    }

    static Stream<Arguments> floors() throws IOException {
        return csv("dev-gold/floors.csv").stream().map(c -> Arguments.of(c[0], c[1], Double.parseDouble(c[2]),
                Double.parseDouble(c[3]), Double.parseDouble(c[4]), Double.parseDouble(c[5])));
    }

    @ParameterizedTest(name = "{0}/{1}: events {2} found, {3} extra; statements {4} found, {5} extra")
    @MethodSource("baseline")
    void noTuningArticleFallsBelowItsBaseline(String set, String file, int eventsFound, int eventsExtra, int statementsFound,
            int statementsExtra) {
        ExtractionEvaluation.ArticleScore score = measured(set).articles().stream().filter(a -> a.gold().equals(file))
                .findFirst().orElseThrow();

        assertThat(score.events().requiredFound()).as("gold events found").isGreaterThanOrEqualTo(eventsFound);
        assertThat(score.events().extra()).as("events beyond the gold").isLessThanOrEqualTo(eventsExtra);
        assertThat(score.statements().requiredFound()).as("gold statements found").isGreaterThanOrEqualTo(statementsFound);
        assertThat(score.statements().extra()).as("statements beyond the gold").isLessThanOrEqualTo(statementsExtra);
    }

    @ParameterizedTest(name = "{0}, {1} part: events P >= {2}, R >= {3}; statements P >= {4}, R >= {5}")
    @MethodSource("floors")
    void eachPartStaysAboveItsFloors(String set, String part, double eventsP, double eventsR, double statementsP, double statementsR) {
        ExtractionEvaluation.ArticleScore scores = measured(set).part(part);
        Score events = scores.events();
        Score statements = scores.statements();

        assertThat(events.precision()).as("events precision").isGreaterThanOrEqualTo(eventsP);
        assertThat(events.recall()).as("events recall").isGreaterThanOrEqualTo(eventsR);
        assertThat(statements.precision()).as("statements precision").isGreaterThanOrEqualTo(statementsP);
        assertThat(statements.recall()).as("statements recall").isGreaterThanOrEqualTo(statementsR);
    }

    private static List<String[]> csv(String resource) throws IOException {
        try (InputStream in = DevGoldTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",")).toList();
        }
    }
}
