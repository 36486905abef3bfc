package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an organisation belongs to is part of its name. */
class BodiesWithTheirParentsTest {
    private static final SentenceRule RULE = new BodiesWithTheirParents()::apply;

    @Test
    void aPlaceInTheGenitiveRightAfterAnOrganisationBelongsToIt() {
        assertThat(RULE.names("В это время ВВС США выслали", new Found(3, 4, "ORG", 0.6),
                new Found(4, 5, "LOC", 0.9))).containsExactly("ORG:ВВС США");
        assertThat(RULE.names("в составе сборной СССР Виктор", new Found(2, 3, "ORG", 0.6),
                new Found(3, 4, "LOC", 0.9), new Found(4, 5, "PER", 0.9)))
                .containsExactly("ORG:сборной СССР", "PER:Виктор");
    }

    @Test
    void aMissionTakesThePlaceItIsIn() {
        assertThat(RULE.names("собрались у российского посольства в Токио ,", new Found(2, 4, "ORG", 0.6),
                new Found(5, 6, "LOC", 0.9))).containsExactly("ORG:российского посольства в Токио");
    }

    @Test
    void aPlaceInAnotherCaseOrAfterAnotherBodyStaysOnItsOwn() {
        assertThat(RULE.names("помощь ООН Сирию", new Found(1, 2, "ORG", 0.9),
                new Found(2, 3, "LOC", 0.9))).containsExactly("ORG:ООН", "LOC:Сирию");
        assertThat(RULE.names("заседание правительства в Москве", new Found(1, 2, "ORG", 0.9),
                new Found(3, 4, "LOC", 0.9))).containsExactly("ORG:правительства", "LOC:Москве");
    }

    @Test
    void anOrganisationRightAfterAnotherIsWhatItBelongsTo() {
        assertThat(RULE.names("первого секретаря Свердловского обкома КПСС .", new Found(2, 4, "ORG", 0.6),
                new Found(4, 5, "ORG", 0.9))).containsExactly("ORG:Свердловского обкома КПСС");
    }
}
