package io.wirewatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void russianWireLead() {
        Dateline d = Dateline.find("Москва. 10 февраля. INTERFAX.RU - В Кремле подтвердили").orElseThrow();
        assertThat(d.city()).isEqualTo("Москва");
        assertThat(d.source()).isEqualTo("INTERFAX.RU");
        assertThat(d.length()).isEqualTo("Москва. 10 февраля. INTERFAX.RU - ".length());
    }

    @Test
    void russianLeadWithTwoWordCityAndEmDash() {
        Dateline d = Dateline.find("Нижний Новгород. 3 марта. ТАСС — Губернатор").orElseThrow();
        assertThat(d.city()).isEqualTo("Нижний Новгород");
        assertThat(d.source()).isEqualTo("ТАСС");
    }

    @Test
    void englishLeads() {
        Dateline reuters = Dateline.find("MOSCOW, Feb 10 (Reuters) - The Kremlin said").orElseThrow();
        assertThat(reuters.city()).isEqualTo("MOSCOW");
        assertThat(reuters.source()).isEqualTo("Reuters");
        Dateline ap = Dateline.find("WASHINGTON (AP) \u2014 The White House").orElseThrow();
        assertThat(ap.city()).isEqualTo("WASHINGTON");
        assertThat(ap.source()).isEqualTo("AP");
    }

    @Test
    void anEnglishLeadWithoutAgency() {
        Dateline d = Dateline.find("MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze said").orElseThrow();
        assertThat(d.city()).isEqualTo("MOSCOW");
        assertThat(d.source()).isNull();
        assertThat(d.length()).isEqualTo("MOSCOW, April 13 - ".length());
        assertThat(Dateline.find("PARIS, Talks 13 - the meeting")).isEmpty();
    }

    @Test
    void ordinarySentencesHaveNoLead() {
        assertThat(Dateline.find("В Кремле подтвердили возобновление контактов.")).isEmpty();
        assertThat(Dateline.find("The talks - if any - will resume.")).isEmpty();
    }
}
