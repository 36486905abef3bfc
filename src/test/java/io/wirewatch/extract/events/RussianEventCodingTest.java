package io.wirewatch.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Russian wire phrasing of contacts: verbs of contact, calls, invitations, refusals, lists of
 * sides and compound adjectives. Invented sentences, one rule each.
 */
class RussianEventCodingTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static List<String> events(String body) {
        return EventLines.of(analyzer, "Интерфакс", LocalDate.parse("2026-02-10"), body).stream().map(EventLines::describe).toList();
    }

    @Test
    void aVerbOfContactInThePastReportsAContact() {
        assertThat(events("Министр иностранных дел России беседовал с министром иностранных дел Японии."))
                .containsExactly("JPN-RUS CONSULT CONFIRMED MINISTERIAL");
    }

    @Test
    void aTriggerVerbInThePresentIsNotPlannedByAnotherVerbsFuture() {
        assertThat(events("Спор решат министры энергетики России и Белоруссии, которые сегодня встречаются в Москве."))
                .containsExactly("BLR-RUS MEET CONFIRMED MINISTERIAL");
    }

    @Test
    void aTelephoneConversationIsACall() {
        assertThat(events("Президент России провел телефонный разговор с президентом Франции."))
                .containsExactly("FRA-RUS TELEPHONE CONFIRMED HEAD_OF_STATE");
    }

    @Test
    void anInvitationProposesAContact() {
        assertThat(events("Власти Казахстана пригласили экспертов ООН в страну."))
                .containsExactly("KAZ-UN CONSULT PROPOSED WORKING");
    }

    @Test
    void aRefusalDeniesTheContactAndCallsOffAPlannedOne() {
        assertThat(events("Израиль отказался от переговоров с Египтом.")).containsExactly("EGY-ISR NEGOTIATE DENIED UNSPECIFIED");
        assertThat(events("Израиль отказался от переговоров с Египтом. Ранее Израиль планировал переговоры с Египтом."))
                .containsExactly("EGY-ISR NEGOTIATE SUSPENDED UNSPECIFIED", "EGY-ISR NEGOTIATE PLANNED UNSPECIFIED");
    }

    @Test
    void aListOfSidesIsOneMultilateralContact() {
        assertThat(events("Президенты России, Турции и Ирана провели встречу."))
                .containsExactly("IRN-RUS-TUR MEET CONFIRMED HEAD_OF_STATE");
    }

    @Test
    void aCompoundAdjectiveNamesEveryCountryItJoins() {
        assertThat(events("Российско-американские переговоры прошли в Женеве."))
                .containsExactly("RUS-USA NEGOTIATE CONFIRMED UNSPECIFIED");
    }

    @Test
    void aVenueAfterTheCueLeavesTheRanksBeforeItToTheParties() {
        assertThat(events("Президенты России, Турции и Ирана провели встречу в Сочи."))
                .containsExactly("IRN-RUS-TUR MEET CONFIRMED HEAD_OF_STATE");
    }

    @Test
    void aPlannedContactHaltedByALaterPredicateHasBothPhases() {
        assertThat(events("Визит президента Франции в Москву, запланированный на май, отменен."))
                .containsExactly("FRA-RUS VISIT PLANNED HEAD_OF_STATE", "FRA-RUS VISIT SUSPENDED HEAD_OF_STATE");
    }

    @Test
    void aPlannedContactIsNeverDatedBeforeTheReport() {
        Analysis analysis = analyzer.analyze(Article.fromParts("t", "Интерфакс", null, null, LocalDate.parse("2026-02-10"),
                null, null, "В январе состоится визит президента Франции в Москву.", 0, SourceFormat.JSON));
        assertThat(analysis.events()).extracting(ContactEventRecord::status, ContactEventRecord::eventDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ContactStatus.PLANNED, "2027-01"));
    }
}
