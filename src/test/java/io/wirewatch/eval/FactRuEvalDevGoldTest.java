package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirewatch.extract.ArticleAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Regression test on the 30 development gold files of seeds/gold/factrueval-dev (events and
 * statements of factRuEval devset articles), scored by {@link GoldMatch} as {@code wirewatch eval}
 * scores them: per article, no fewer required items found and no more extras than the baseline
 * in {@code factrueval-dev-baseline.csv} (measured when it was written); over all, precision and
 * recall above thresholds. The articles are the corpus's ({@code -Dwirewatch.factrueval=DIR},
 * default ../shared/corpora/factRuEval-2016/devset); without it the test is skipped.
 */
class FactRuEvalDevGoldTest {
    private static final Path GOLD = Path.of("seeds/gold/factrueval-dev");
    private static ArticleAnalyzer analyzer;

    private static Path corpus() {
        Path devset = Path.of(System.getProperty("wirewatch.factrueval", "../shared/corpora/factRuEval-2016/devset"));
        assumeTrue(Files.isDirectory(devset), "the factRuEval devset is not at " + devset);
        return devset;
    }

    private static synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer();
        }
        return analyzer;
    }

    @ParameterizedTest(name = "{0}: events {1} found, {2} extra; statements {3} found, {4} extra")
    @CsvFileSource(resources = "/factrueval-dev-baseline.csv", numLinesToSkip = 1)
    void noArticleFallsBelowItsBaseline(String file, int eventsFound, int eventsExtra, int statementsFound, int statementsExtra) {
        Path corpus = corpus();
        GoldArticle gold = GoldArticle.readAll(GOLD).stream()
                .filter(g -> g.gold().getFileName().toString().equals(file)).findFirst().orElseThrow();
        ExtractionEvaluation evaluation = ExtractionEvaluation.run(analyzer(), List.of(gold), GoldCorpus.at(corpus));

        assertThat(evaluation.events().requiredFound()).as("required events found").isGreaterThanOrEqualTo(eventsFound);
        assertThat(evaluation.events().extra()).as("events beyond the gold").isLessThanOrEqualTo(eventsExtra);
        assertThat(evaluation.statements().requiredFound()).as("required statements found").isGreaterThanOrEqualTo(statementsFound);
        assertThat(evaluation.statements().extra()).as("statements beyond the gold").isLessThanOrEqualTo(statementsExtra);
    }

    @Test
    void overAllTheFiguresStayAboveTheirThresholds() {
        List<GoldArticle> gold = GoldArticle.readAll(GOLD);
        assertThat(gold).hasSize(30);
        ExtractionEvaluation evaluation = ExtractionEvaluation.run(analyzer(), gold, GoldCorpus.at(corpus()));

        assertThat(evaluation.events().precision()).as("events precision").isGreaterThanOrEqualTo(EVENTS_P);
        assertThat(evaluation.events().recall()).as("events recall").isGreaterThanOrEqualTo(EVENTS_R);
        assertThat(evaluation.statements().precision()).as("statements precision").isGreaterThanOrEqualTo(STATEMENTS_P);
        assertThat(evaluation.statements().recall()).as("statements recall").isGreaterThanOrEqualTo(STATEMENTS_R);
    }

    // measured when the baseline was written (events P 0.944 R 0.842, statements P 0.908 R 0.940), less about 0.02
    private static final double EVENTS_P = 0.92;
    private static final double EVENTS_R = 0.82;
    private static final double STATEMENTS_P = 0.88;
    private static final double STATEMENTS_R = 0.92;
}
