package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Untagged Latin names and domains in Russian text are organisations, or take the type of the name they spell out. */
class LatinNamesTest {
    private static final SentenceRule RULE = new LatinNames()::apply;

    @Test
    void anUntaggedLatinNameOrDomainIsAnOrganisation() {
        assertThat(RULE.names("Как пишет The Independent , бесплатным")).containsExactly("ORG:The Independent");
        assertThat(RULE.names("руководства HP , покупка 3Com позволит")).containsExactly("ORG:HP", "ORG:3Com");
        assertThat(RULE.names("цитирует infox.ru директора")).containsExactly("ORG:infox.ru");
    }

    @Test
    void aLatinSpellingInParenthesesTakesTheTypeOfTheNameBeforeIt() {
        assertThat(RULE.names("журналист Джошуа Вольф ( Joshua Wolf ) .", new Found(1, 3, "PER", 0.9)))
                .containsExactly("PER:Джошуа Вольф", "PER:Joshua Wolf");
    }

    @Test
    void productsNumbersAndTaggedNamesAreNoNewNames() {
        assertThat(RULE.names("на базе Windows и Linux в XXI веке")).isEmpty();
        assertThat(RULE.names("перегрузки до 8 G , полёт STS-124 .")).isEmpty();
        assertThat(RULE.names("сообщил Reuters Иванов", new Found(1, 2, "ORG", 0.9)))
                .containsExactly("ORG:Reuters");
    }

    @Test
    void aProductOrNumeralTheFinderTaggedAloneIsDropped() {
        assertThat(RULE.names("работать под Windows .", new Found(2, 3, "ORG", 0.6))).isEmpty();
        assertThat(RULE.names("выступая на VII съезде", new Found(2, 3, "ORG", 0.6))).isEmpty();
    }
}
