package io.wirewatch.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations grown over their descriptors, and acronyms kept to themselves. */
class OrganizationDescriptorsTest {
    private static List<String> names(String sentence, StatisticalNameFinder.Found... found) {
        String[] words = sentence.split(" ");
        return OrganizationDescriptors.apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", java.util.Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }

    @Test
    void aPlaceAfterADescriptorNamesTheOrganisation() {
        assertThat(names("заявили в правительстве Грузии вчера", new StatisticalNameFinder.Found(3, 4, "LOC", 0.9)))
                .containsExactly("ORG:правительстве Грузии");
    }

    @Test
    void anAcronymTakesNoLowerCaseWordsAfterIt() {
        assertThat(names("чтобы сделать ФИДЕ сильной и единой", new StatisticalNameFinder.Found(2, 6, "ORG", 0.9)))
                .containsExactly("ORG:ФИДЕ");
        assertThat(names("лишит MySQL возможности развиваться", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:MySQL");
        assertThat(names("в Министерство иностранных дел", new StatisticalNameFinder.Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Министерство иностранных дел");
    }

    @Test
    void aNameEndsWithNoVerbOrConjunction() {
        assertThat(names("В Минсвязи уверены , что", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9))).containsExactly("ORG:Минсвязи");
        assertThat(names("члена Общественной палаты и", new StatisticalNameFinder.Found(1, 4, "ORG", 0.9)))
                .containsExactly("ORG:Общественной палаты");
    }
}
