package io.wirewatch.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.ArticleAnalyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How single sentences are coded: tense and frames for the status, who is a party and who only
 * speaks of the contact, what is not a diplomatic contact at all, and when two reports are one
 * contact. Invented sentences, one rule each.
 */
class EventCodingTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static List<String> events(String body) {
        return EventLines.of(analyzer, "Интерфакс", LocalDate.parse("2026-02-10"), body).stream()
                .map(event -> EventLines.describe(event) + " x" + event.evidence().size()).toList();
    }

    @Test
    void aFutureVerbPlansTheContactAPastOneConfirmsIt() {
        assertThat(events("Министр иностранных дел России Сергей Лавров проведет переговоры с министром иностранных дел Китая."))
                .containsExactly("CHN-RUS NEGOTIATE PLANNED MINISTERIAL x1");
        assertThat(events("Министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Китая."))
                .containsExactly("CHN-RUS NEGOTIATE CONFIRMED MINISTERIAL x1");
    }

    @Test
    void aFutureAuxiliaryInAnEarlierClauseGovernsTheTrigger() {
        assertThat(events("Министр иностранных дел Японии сообщил, что будет терпеливо, но настойчиво вести переговоры с Россией."))
                .containsExactly("JPN-RUS NEGOTIATE PLANNED MINISTERIAL x1");
    }

    @Test
    void aFrameSaysTheContactTookPlace() {
        assertThat(events("Турция поможет Украине. По итогам встречи президентов в Киеве Турция и Украина не сделали заявлений."))
                .containsExactly("TUR-UKR MEET CONFIRMED HEAD_OF_STATE x1");
    }

    @Test
    void aSpeakerForASideIsNotItsLevel() {
        assertThat(events("Глава МИД РФ подтвердил готовность Москвы выстраивать диалог с Токио."))
                .containsExactly("JPN-RUS CONSULT PROPOSED UNSPECIFIED x1");
    }

    @Test
    void aTripAtHomeIsNoVisitAVisitAbroadIs() {
        assertThat(events("Япония выразила протест против визита российского министра обороны, посетившего южные Курильские острова."))
                .isEmpty();
        assertThat(events("Министр иностранных дел Японии посетил Москву.")).containsExactly("JPN-RUS VISIT CONFIRMED MINISTERIAL x1");
        assertThat(events("Президент Франции посетил столицу Германии.")).containsExactly("DEU-FRA VISIT CONFIRMED HEAD_OF_STATE x1");
        assertThat(events("The French president visited the capital of Germany on Monday."))
                .containsExactly("DEU-FRA VISIT CONFIRMED HEAD_OF_STATE x1");
    }

    @Test
    void negotiationsAsAMeansOrAsPartOfATitleAreNoContact() {
        assertThat(events("Израиль и США заявили, что мир может быть достигнут только путем переговоров.")).isEmpty();
        assertThat(events("Глава палестинской делегации на переговорах призвал ООН признать Палестинское государство.")).isEmpty();
    }

    @Test
    void talksNamedAgainWithoutSidesAreTheTalksReportedBefore() {
        assertThat(events("С начала года Иран ведет переговоры с Россией. "
                + "Получилось, что на время переговоров, Россия прикрывала Иран от санкций со стороны Америки."))
                .containsExactly("IRN-RUS NEGOTIATE CONFIRMED UNSPECIFIED x2");
    }

    @Test
    void aContactNamingOneSideIsTheEarlierContactOfItsKind() {
        assertThat(events("Премьер-министр Израиля отказался от участия в саммите в США. "
                + "Вместо него Израиль будет представлять на саммите министр по делам разведки."))
                .containsExactly("ISR-USA MEET SUSPENDED HEAD_OF_STATE x1", "ISR-USA MEET PLANNED MINISTERIAL x1");
    }

    @Test
    void oneVisitWhoeverInThePartyTheTextNames() {
        assertThat(events("Премьер-министр Турции в ходе визита в Украину встретился с президентом Украины. "
                + "С официальной делегацией в Украину прибыли представители деловых кругов Турции."))
                .filteredOn(e -> e.contains("VISIT")).containsExactly("TUR-UKR VISIT CONFIRMED HEAD_OF_STATE x2");
    }

    @Test
    void aHyphenatedLevelIsTheLevel() {
        assertThat(events("Paris, Feb 11 - French President Emmanuel Macron said technical-level contacts with the Kremlin had resumed."))
                .containsExactly("FRA-RUS CONSULT RESUMED WORKING x1");
    }
}
