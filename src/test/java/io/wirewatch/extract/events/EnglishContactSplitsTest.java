package io.wirewatch.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.ArticleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which English phrases carry two contacts or none, and what a frame, a former rank or "no" say:
 * a visit and the talks held during it are two events, an invitation to visit for talks one; a
 * speech to a meeting, a meeting with businessmen or a family none; a rank held formerly gives no
 * level; a plan earlier in the sentence makes "during the summit" a plan; "no change since a
 * meeting" does not negate the meeting. Invented sentences.
 */
class EnglishContactSplitsTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static List<String> events(String text) {
        return EnglishEventCodingTest.events(analyzer, text);
    }

    @Test
    void talksDuringAVisitAreTwoContacts() {
        assertThat(events("The French president met the Argentine president for talks on the first day of a four-day visit."))
                .containsExactlyInAnyOrder("ARG-FRA MEET CONFIRMED HEAD_OF_STATE", "ARG-FRA VISIT CONFIRMED HEAD_OF_STATE");
    }

    @Test
    void aSpeechToAMeetingAndAMeetingWithBusinessmenAreNoContacts() {
        assertThat(events("The British prime minister told a meeting of Soviet and British businessmen that trade would grow."))
                .isEmpty();
    }

    @Test
    void aFormerMinisterGivesNoMinisterialLevel() {
        assertThat(events("U.S. officials gave the message to former Japanese Foreign Minister Shintaro Abe in meetings in "
                + "Washington last week."))
                .containsExactly("JPN-USA MEET CONFIRMED WORKING");
    }

    @Test
    void aPlanEarlierInTheSentenceMakesTheFramingSummitAPlan() {
        assertThat(events("REAGAN TO VISIT ROME, BERLIN DURING SUMMIT TRIP")).isNotEmpty().allMatch(e -> e.contains("PLANNED"));
    }

    @Test
    void noChangeSinceAMeetingLeavesTheMeetingHeld() {
        assertThat(events("There has been no change in France's position since a meeting with Japan's foreign minister last week."))
                .containsExactly("FRA-JPN MEET CONFIRMED MINISTERIAL");
    }
}
