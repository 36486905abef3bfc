package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cyrillic acronyms the finder left untagged are organisations; common abbreviations are not. */
class UnknownAcronymsTest {
    private static final SentenceRule RULE = new UnknownAcronyms()::apply;

    @Test
    void anUntaggedAcronymIsAnOrganisation() {
        assertThat(RULE.names("Кроме сторонников ДПНИ , в акции участвовал Белов", new Found(7, 8, "PER", 0.9)))
                .containsExactly("ORG:ДПНИ", "PER:Белов");
    }

    @Test
    void commonAbbreviationsShortWordsAndTaggedNamesStayAsTheyWere() {
        assertThat(RULE.names("как сообщают СМИ , ДТП произошло в ОАО")).isEmpty();
        assertThat(RULE.names("ТВ и ГБ")).isEmpty();
        assertThat(RULE.names("представители МВД России", new Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:МВД России");
    }

    @Test
    void anOrganisationTheFinderFoundOnACommonAbbreviationAloneIsDropped() {
        assertThat(RULE.names("Ранее СМИ сообщали , что", new Found(1, 2, "ORG", 0.6))).isEmpty();
        assertThat(RULE.names("В конце концов , ПАО отсоединился", new Found(4, 5, "ORG", 0.6))).isEmpty();
    }
}
