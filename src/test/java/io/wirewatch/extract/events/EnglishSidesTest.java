package io.wirewatch.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.ArticleAnalyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sides the older English wire names: international bodies by acronym or name (ICO, the Paris
 * Club), people the knowledge base does not hold by the title that introduces them, the economic
 * summit as the Group of Seven's members, and a contact dated in a month still ahead. Invented
 * sentences.
 */
class EnglishSidesTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static List<String> events(String text) {
        return events(null, text);
    }

    private static List<String> events(LocalDate published, String text) {
        return EventLines.of(analyzer, null, published, text).stream()
                .map(event -> EventLines.sides(event) + " " + event.status() + " " + event.level()).toList();
    }

    @Test
    void anInternationalBodyIsASideByItsAcronymOrByItsName() {
        assertThat(events("Brazil held talks with the International Coffee Organization."))
                .containsExactly("BRA-ICO CONFIRMED UNSPECIFIED");
        assertThat(events("Nigeria held talks with the Paris Club on its debt."))
                .containsExactly("NGA-Paris Club CONFIRMED UNSPECIFIED");
    }

    @Test
    void aPersonATitleIntroducesKeepsTheTitlesCountryAndRank() {
        assertThat(events("Brazilian Finance Minister Dilson Funaro arrived on Monday. "
                + "Funaro held talks with Chancellor of the Exchequer Nigel Lawson."))
                .containsExactly("BRA-GBR CONFIRMED MINISTERIAL");
        assertThat(events("Canadian Trade Minister Pat Hollis arrived on Monday. Hollis met President Reagan."))
                .containsExactly("CAN-USA CONFIRMED MINISTERIAL");
    }

    @Test
    void aPostInABankIntroducesNoSide() {
        assertThat(events("Brazilian central bank president Francisco Gros arrived on Monday. Gros met French officials."))
                .isEmpty();
    }

    @Test
    void theEconomicSummitIsTheGroupOfSevensMembers() {
        assertThat(events("Reagan will attend the economic summit in Venice."))
                .containsExactly("CAN-DEU-FRA-GBR-ITA-JPN-USA PLANNED HEAD_OF_STATE");
        assertThat(events("Leaders will meet at a summit of the major industrialized nations."))
                .containsExactly("CAN-DEU-FRA-GBR-ITA-JPN-USA PLANNED HEAD_OF_STATE");
    }

    @Test
    void aContactInAMonthStillAheadIsPlanned() {
        assertThat(events(LocalDate.parse("1987-03-02"), "The meeting between France and Iran in June."))
                .containsExactly("FRA-IRN PLANNED UNSPECIFIED");
        assertThat(events(LocalDate.parse("1987-03-02"), "The meeting between France and Iran last June."))
                .containsExactly("FRA-IRN CONFIRMED UNSPECIFIED");
    }

    @Test
    void russiasPlacesStandForTheSovietUnionInAStoryOfTheSovietYears() {
        assertThat(events("Britain held talks with Moscow on Soviet trade."))
                .containsExactly("GBR-SUN CONFIRMED UNSPECIFIED");
        assertThat(events("Britain held talks with Russia in Moscow. The Soviet Union fell in 1991."))
                .containsExactly("GBR-RUS CONFIRMED UNSPECIFIED");
    }
}
