package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Places grown over the geographic terms factRuEval counts as part of their names. */
class LocationDescriptorsTest {
    private static final SentenceRule RULE = new LocationDescriptors()::apply;

    @Test
    void aTermBeforeThePlaceBelongsToIt() {
        assertThat(RULE.names("через пограничную реку Нарву и", new Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:реку Нарву");
        assertThat(RULE.names("приземлился на мысе Канаверал .", new Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:мысе Канаверал");
    }

    @Test
    void aTermAfterAnAdjectiveNameBelongsToIt() {
        assertThat(RULE.names("вышел на Манежную площадь :", new Found(2, 3, "LOC", 0.9)))
                .containsExactly("LOC:Манежную площадь");
    }

    @Test
    void aCapitalizedAdjectiveBeforeAStreetTermIsAPlaceWhateverTheFinderSaid() {
        assertThat(RULE.names("что на Манежной площади в этот день")).containsExactly("LOC:Манежной площади");
        assertThat(RULE.names("к Кронштадтскому бульвару хотели прийти", new Found(1, 3, "ORG", 0.5)))
                .containsExactly("LOC:Кронштадтскому бульвару");
        assertThat(RULE.names("в воды реки Славянки попали")).containsExactly("LOC:реки Славянки");
    }

    @Test
    void aCityAfterTheWordCityAndOtherTypesStayAsTheyWere() {
        assertThat(RULE.names("в других городах России .", new Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:России");
        assertThat(RULE.names("через реку Иван Петров", new Found(2, 4, "PER", 0.9)))
                .containsExactly("PER:Иван Петров");
    }

    @Test
    void aSettlementsNameIsAPlaceWithItsTermAndAdjectivesOfPlace() {
        assertThat(RULE.names("беспорядков в лондонском районе Тоттенхэм стало", new Found(4, 5, "PER", 0.6)))
                .containsExactly("LOC:лондонском районе Тоттенхэм");
        assertThat(RULE.names("в северовосточный китайский город Дацин .", new Found(4, 5, "PER", 0.6)))
                .containsExactly("LOC:северовосточный китайский город Дацин");
        assertThat(RULE.names("в маленьком голландском городке Вейк-ан-Зее проводится", new Found(4, 5, "ORG", 0.6)))
                .containsExactly("LOC:голландском городке Вейк-ан-Зее");
        assertThat(RULE.names("назначения – Вашингтонском аэропорту Рейган .", new Found(2, 3, "LOC", 0.6),
                new Found(4, 5, "PER", 0.6))).containsExactly("LOC:Вашингтонском аэропорту Рейган");
        assertThat(RULE.names("рейсом из города Хилтон в")).containsExactly("LOC:города Хилтон");
    }

    @Test
    void aCountryAfterASettlementTermOrASettlementInsideALongerNameStaysAsItWas() {
        assertThat(RULE.names("крупнейший город Германии ,", new Found(2, 3, "LOC", 0.9)))
                .containsExactly("LOC:Германии");
        assertThat(RULE.names("Судом Партизанского района города Минска экс-кандидат", new Found(0, 5, "ORG", 0.9)))
                .containsExactly("ORG:Судом Партизанского района города Минска");
    }

    @Test
    void aCapitalizedAdjectiveBeforeTheWordCityIsAPlaceUnlessItIsQuoted() {
        assertThat(RULE.names("Нетаньяху провел в Старом городе , а")).containsExactly("LOC:Старом городе");
        assertThat(RULE.names("интерактивного спектакля « Большой город »")).isEmpty();
    }

    @Test
    void aPlaceInLowerCaseWordsOnlyIsDropped() {
        assertThat(RULE.names("глава МИД РФ в очередной раз", new Found(1, 3, "ORG", 0.9),
                new Found(4, 5, "LOC", 0.6))).containsExactly("ORG:МИД РФ");
    }
}
