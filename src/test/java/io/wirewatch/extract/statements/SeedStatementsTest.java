package io.wirewatch.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.eval.GoldMatch;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.SeedFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's gold statements: each required quote found with its speaker, matched as ANNOTATION.md
 * scores them ({@link GoldMatch}: the quote covers at least 80% of the gold quote, the speaker
 * names the gold speaker); at most two statements beyond the acceptable ones.
 */
class SeedStatementsTest {
    private static JsonNode gold;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() {
        gold = SeedFixture.gold();
        analysis = SeedFixture.analysis();
    }

    @Test
    void everyRequiredStatementIsFoundWithItsSpeaker() {
        for (JsonNode expected : gold.path("statements").path("required")) {
            assertThat(analysis.statements()).as("statement of %s: %s", expected.path("speaker").asText(),
                    expected.path("quote").asText()).anyMatch(s -> matches(s, expected));
        }
    }

    @Test
    void atMostTwoStatementsBeyondTheAcceptableOnes() {
        List<JsonNode> listed = new ArrayList<>();
        gold.path("statements").path("required").forEach(listed::add);
        gold.path("statements").path("acceptable").forEach(listed::add);
        long extra = analysis.statements().stream().filter(s -> listed.stream().noneMatch(g -> matches(s, g))).count();
        assertThat(extra).isLessThanOrEqualTo(2);
    }

    @Test
    void speakersAreResolvedByNameTitleAndPronoun() {
        assertThat(analysis.statements()).extracting(AttributedStatement::resolution)
                .contains(Resolution.NAMED, Resolution.TITLE, Resolution.PRONOUN);
        assertThat(analysis.statements()).filteredOn(s -> s.outlet() != null)
                .extracting(s -> s.outlet().nameEn()).containsExactly("France 2");
    }

    private static boolean matches(AttributedStatement statement, JsonNode gold) {
        return GoldMatch.statement(analysis.article().text(), statement, gold);
    }
}
