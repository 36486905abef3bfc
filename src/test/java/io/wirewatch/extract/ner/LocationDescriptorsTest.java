package io.wirewatch.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places grown over the geographic terms factRuEval counts as part of their names. */
class LocationDescriptorsTest {
    private static List<String> names(String sentence, StatisticalNameFinder.Found... found) {
        String[] words = sentence.split(" ");
        return LocationDescriptors.apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", java.util.Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }

    @Test
    void aTermBeforeThePlaceBelongsToIt() {
        assertThat(names("через пограничную реку Нарву и", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:реку Нарву");
        assertThat(names("приземлился на мысе Канаверал .", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:мысе Канаверал");
    }

    @Test
    void aTermAfterAnAdjectiveNameBelongsToIt() {
        assertThat(names("вышел на Манежную площадь :", new StatisticalNameFinder.Found(2, 3, "LOC", 0.9)))
                .containsExactly("LOC:Манежную площадь");
    }

    @Test
    void aCapitalizedAdjectiveBeforeAStreetTermIsAPlaceWhateverTheFinderSaid() {
        assertThat(names("что на Манежной площади в этот день")).containsExactly("LOC:Манежной площади");
        assertThat(names("к Кронштадтскому бульвару хотели прийти", new StatisticalNameFinder.Found(1, 3, "ORG", 0.5)))
                .containsExactly("LOC:Кронштадтскому бульвару");
    }

    @Test
    void aCityAfterTheWordCityAndOtherTypesStayAsTheyWere() {
        assertThat(names("в других городах России .", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("LOC:России");
        assertThat(names("через реку Иван Петров", new StatisticalNameFinder.Found(2, 4, "PER", 0.9)))
                .containsExactly("PER:Иван Петров");
    }
}
