package io.wirewatch.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Places grown over the geographic terms factRuEval counts as part of their names. */
class LocationDescriptorsTest {
    private static final SentenceRule RULE = LocationDescriptors::apply;

    @Test
    void aTermBeforeThePlaceBelongsToIt() {
        assertThat(RULE.names("через пограничную реку Нарву и", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:реку Нарву");
        assertThat(RULE.names("приземлился на мысе Канаверал .", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:мысе Канаверал");
    }

    @Test
    void aTermAfterAnAdjectiveNameBelongsToIt() {
        assertThat(RULE.names("вышел на Манежную площадь :", new StatisticalNameFinder.Found(2, 3, "LOC", 0.9)))
                .containsExactly("LOC:Манежную площадь");
    }

    @Test
    void aCapitalizedAdjectiveBeforeAStreetTermIsAPlaceWhateverTheFinderSaid() {
        assertThat(RULE.names("что на Манежной площади в этот день")).containsExactly("LOC:Манежной площади");
        assertThat(RULE.names("к Кронштадтскому бульвару хотели прийти", new StatisticalNameFinder.Found(1, 3, "ORG", 0.5)))
                .containsExactly("LOC:Кронштадтскому бульвару");
        assertThat(RULE.names("в воды реки Славянки попали")).containsExactly("LOC:реки Славянки");
    }

    @Test
    void aCityAfterTheWordCityAndOtherTypesStayAsTheyWere() {
        assertThat(RULE.names("в других городах России .", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:России");
        assertThat(RULE.names("через реку Иван Петров", new StatisticalNameFinder.Found(2, 4, "PER", 0.9)))
                .containsExactly("PER:Иван Петров");
    }

    @Test
    void aPlaceInLowerCaseWordsOnlyIsDropped() {
        assertThat(RULE.names("глава МИД РФ в очередной раз", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9),
                new StatisticalNameFinder.Found(4, 5, "LOC", 0.6))).containsExactly("ORG:МИД РФ");
    }
}
