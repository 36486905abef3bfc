package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRulesTest {
    @Test
    void theRulesRunInTheirDeclaredOrder() {
        assertThat(NameRules.all().names()).containsExactly("PersonNameJoins", "LatinNames", "OrganizationDescriptors",
                "LocationDescriptors", "NationalBodies", "CapitalizedBodies", "UnknownAcronyms", "BodiesWithTheirParents",
                "DocumentConsistency", "NamesOfThings");
    }

    @Test
    void withoutARuleItsNamesAreNotFound() {
        String[] words = "Как пишет The Independent , бесплатным".split(" ");
        assertThat(NameRules.all().applyToSentence(words, List.of())).extracting(Found::start, Found::end, Found::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4, "ORG"));
        assertThat(NameRules.all().without(Set.of("LatinNames")).applyToSentence(words, List.of())).isEmpty();
        assertThat(NameRules.all().without(Set.of("NationalBodies")).withoutModel()).isEmpty();
    }

    @Test
    void anUnknownRuleIsRefusedWithTheRulesThatExist() {
        assertThatThrownBy(() -> NameRules.all().without(Set.of("LatinName")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LatinName").hasMessageContaining("LatinNames");
    }

    @Test
    void oneStemForTheCasesOfAName() {
        assertThat(NameWords.stem("Кана")).isEqualTo(NameWords.stem("Кан")).isEqualTo(NameWords.stem("Кану"));
        assertThat(NameWords.stem("Меридором")).isEqualTo("меридор");
        assertThat(NameWords.stem("Лизы")).isEqualTo("лиз");
    }
}
