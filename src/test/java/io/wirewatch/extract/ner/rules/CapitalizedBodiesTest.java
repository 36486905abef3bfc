package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Capitalized adjectives and descriptors inside a sentence name organisations; first words and federations do not. */
class CapitalizedBodiesTest {
    private static final SentenceRule RULE = new CapitalizedBodies()::apply;

    @Test
    void aCapitalizedAdjectiveAndADescriptorAreAnOrganisation() {
        assertThat(RULE.names("лидер французского крайне правого Национального фронта ( FN )")).containsExactly("ORG:Национального фронта");
        assertThat(RULE.names("поддержали вступление Грузии в Атлантический альянс .", new Found(2, 3, "LOC", 0.9)))
                .containsExactly("LOC:Грузии", "ORG:Атлантический альянс");
    }

    @Test
    void theNameTakesItsGenitiveComplementsAndAPlaceRightAfterIt() {
        assertThat(RULE.names("на ступеньках Президентского центра наследия возле")).containsExactly("ORG:Президентского центра наследия");
        assertThat(RULE.names("решение Верховного суда Бангладеша было", new Found(3, 4, "LOC", 0.9)))
                .containsExactly("ORG:Верховного суда Бангладеша");
    }

    @Test
    void aCapitalizedDescriptorNeedsAComplement() {
        assertThat(RULE.names("Председатель влиятельного Комитета по иностранным делам стал")).containsExactly("ORG:Комитета по иностранным делам");
        assertThat(RULE.names("права человека » , Союз координационных советов ( СКС )")).containsExactly("ORG:Союз координационных советов");
        assertThat(RULE.names("В Сети появился новый сервис")).isEmpty();
    }

    @Test
    void firstInTheSentenceASingularPhraseIsAnOrganisationTooButNotAPluralOne() {
        assertThat(RULE.names("Лондонская полиция в своем твиттере")).containsExactly("ORG:Лондонская полиция");
        assertThat(RULE.names("Федеральное авиационное управление пояснило , что")).containsExactly("ORG:Федеральное авиационное управление");
        assertThat(RULE.names("Правозащитные организации выступили против")).isEmpty();
    }

    @Test
    void nonDescriptorsFederationsAndFoundNamesStayAsTheyWere() {
        assertThat(RULE.names("Российские власти также объявили")).isEmpty();
        assertThat(RULE.names("год Российской Федерации в Болгарии")).isEmpty();
        assertThat(RULE.names("солист Большого театра Николай", new Found(1, 3, "LOC", 0.9)))
                .containsExactly("LOC:Большого театра");
    }
}
