package io.wirewatch.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cyrillic acronyms the finder left untagged are organisations; common abbreviations are not. */
class UnknownAcronymsTest {
    private static List<String> names(String sentence, StatisticalNameFinder.Found... found) {
        String[] words = sentence.split(" ");
        return UnknownAcronyms.apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", java.util.Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }

    @Test
    void anUntaggedAcronymIsAnOrganisation() {
        assertThat(names("Кроме сторонников ДПНИ , в акции участвовал Белов", new StatisticalNameFinder.Found(7, 8, "PER", 0.9)))
                .containsExactly("ORG:ДПНИ", "PER:Белов");
    }

    @Test
    void commonAbbreviationsShortWordsAndTaggedNamesStayAsTheyWere() {
        assertThat(names("как сообщают СМИ , ДТП произошло в ОАО")).isEmpty();
        assertThat(names("ТВ и ГБ")).isEmpty();
        assertThat(names("представители МВД России", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:МВД России");
    }
}
