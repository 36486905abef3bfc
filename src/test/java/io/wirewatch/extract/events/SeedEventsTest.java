package io.wirewatch.extract.events;

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
 * The seed's gold events, matched as ANNOTATION.md scores them ({@link GoldMatch}): sides, status
 * and level. Both required events found; at most two events beyond the acceptable ones.
 */
class SeedEventsTest {
    private static JsonNode gold;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() {
        gold = SeedFixture.gold();
        analysis = SeedFixture.analysis();
    }

    @Test
    void bothRequiredEventsAreFound() {
        for (JsonNode expected : gold.path("events").path("required")) {
            assertThat(analysis.events()).as(expected.path("note").asText()).anyMatch(e -> matches(e, expected));
        }
    }

    @Test
    void atMostTwoEventsBeyondTheAcceptableOnes() {
        List<JsonNode> listed = new ArrayList<>();
        gold.path("events").path("required").forEach(listed::add);
        gold.path("events").path("acceptable").forEach(listed::add);
        long extra = analysis.events().stream().filter(e -> listed.stream().noneMatch(g -> matches(e, g))).count();
        assertThat(extra).isLessThanOrEqualTo(2);
    }

    @Test
    void oneEventPerContactWithEveryPieceOfEvidenceAndTheDateTheTextGives() {
        ContactEventRecord resumed = analysis.events().stream()
                .filter(e -> e.status() == ContactStatus.RESUMED && e.level() == ContactLevel.WORKING).findFirst().orElseThrow();
        assertThat(resumed.evidence()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(resumed.goldstein()).isEqualTo(1.0);
        ContactEventRecord planned = analysis.events().stream()
                .filter(e -> e.status() == ContactStatus.PLANNED).findFirst().orElseThrow();
        assertThat(planned.eventDate()).isEqualTo("2026-01");
        assertThat(planned.cameo()).isEqualTo("036");
    }

    private static boolean matches(ContactEventRecord event, JsonNode gold) {
        return GoldMatch.event(event, gold);
    }
}
