package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A craft's, product's or contest's name is no organisation or person, anywhere in the document. */
class NamesOfThingsTest {
    private static List<List<String>> names(List<String> sentences, List<List<Found>> found) {
        List<String[]> words = sentences.stream().map(s -> s.split(" ")).toList();
        List<List<Found>> result = new NamesOfThings().apply(words, found);
        return java.util.stream.IntStream.range(0, words.size()).mapToObj(s -> result.get(s).stream()
                .map(n -> n.type() + ":" + String.join(" ", java.util.Arrays.copyOfRange(words.get(s), n.start(), n.end()))).toList())
                .toList();
    }

    @Test
    void aQuotedNameAfterACraftIsTheCraftsInEverySentence() {
        assertThat(names(List.of("на борту корабля « Союз » .", "до старта следующего « Союза » , который", "Агентство Рейтер сообщило"),
                List.of(List.of(new Found(4, 5, "ORG", 0.6)), List.of(new Found(4, 5, "ORG", 0.6)),
                        List.of(new Found(0, 2, "ORG", 0.9)))))
                .containsExactly(List.of(), List.of(), List.of("ORG:Агентство Рейтер"));
    }

    @Test
    void anUnknownNameInAppositionIsACraftsButAKnownWordIsNot() {
        assertThat(names(List.of("по обслуживанию телескопа Хаббл ,"), List.of(List.of(new Found(3, 4, "PER", 0.6)))))
                .containsExactly(List.of());
        assertThat(names(List.of("Командир корабля Юрий Маленченко сказал"), List.of(List.of(new Found(2, 4, "PER", 0.9)))))
                .containsExactly(List.of("PER:Юрий Маленченко"));
        assertThat(names(List.of("летел самолётом Аэрофлота ."), List.of(List.of(new Found(2, 3, "ORG", 0.9)))))
                .containsExactly(List.of("ORG:Аэрофлота"));
    }

    @Test
    void aContestsNameAndItsLatinSpellingAreNoOrganisation() {
        assertThat(names(List.of("— « Шахматный турнир Корус » ( Corus Chess Tournament ) , который", "В этом году Corus состоится"),
                List.of(List.of(new Found(4, 5, "ORG", 0.6), new Found(7, 10, "ORG", 0.6)),
                        List.of(new Found(3, 4, "ORG", 0.6)))))
                .containsExactly(List.of(), List.of());
        assertThat(names(List.of("Стартовал международный конкурс The Best of Blogs .", "пишет The Independent ."),
                List.of(List.of(new Found(3, 7, "ORG", 0.6)), List.of(new Found(1, 3, "ORG", 0.9)))))
                .containsExactly(List.of(), List.of("ORG:The Independent"));
    }

    @Test
    void aNameThatSaysItIsAContestIsNoOrganisation() {
        assertThat(names(List.of("пилота Формулы-1 выиграл Гран-при Монако ."),
                List.of(List.of(new Found(1, 2, "ORG", 0.6), new Found(3, 5, "ORG", 0.6)))))
                .containsExactly(List.of());
    }

    @Test
    void aProductsNameIsNoOrganisationButATeamAfterAGameIs() {
        assertThat(names(List.of("коды операционной системы Windows .", "работать под Windows ."),
                List.of(List.of(new Found(3, 4, "ORG", 0.6)), List.of(new Found(2, 3, "ORG", 0.6)))))
                .containsExactly(List.of(), List.of());
        assertThat(names(List.of("после игры « Спартака » с"), List.of(List.of(new Found(3, 4, "ORG", 0.9)))))
                .containsExactly(List.of("ORG:Спартака"));
    }
}
