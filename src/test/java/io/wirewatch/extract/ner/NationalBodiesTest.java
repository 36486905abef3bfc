package io.wirewatch.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A country's government or national team named by an adjective, and the national team on its own. */
class NationalBodiesTest {
    private static List<String> names(String sentence, StatisticalNameFinder.Found... found) {
        String[] words = sentence.split(" ");
        return NationalBodies.apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", java.util.Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }

    @Test
    void anAdjectiveAndTheGovernmentAreOneOrganisation() {
        assertThat(names("прискорбно , что японское правительство не только")).containsExactly("ORG:японское правительство");
        assertThat(names("Кипрское правительство заявило", new StatisticalNameFinder.Found(0, 1, "LOC", 0.6)))
                .containsExactly("ORG:Кипрское правительство");
        assertThat(names("позиция российского МИДа известна")).containsExactly("ORG:российского МИДа");
    }

    @Test
    void theNationalTeamOnItsOwnIsAnOrganisation() {
        assertThat(names("Клинсман принял руководство сборной в августе")).containsExactly("ORG:сборной");
        assertThat(names("первым вратарём сборной команды ,")).containsExactly("ORG:сборной команды");
    }

    @Test
    void aLegislatureWrittenWithACapitalIsAnOrganisation() {
        assertThat(names("Зорькин надеется , что Дума ещё раз всё обдумает")).containsExactly("ORG:Дума");
        assertThat(names("В Сенате , где демократам удалось")).containsExactly("ORG:Сенате");
        assertThat(names("в городской думе")).isEmpty();
    }

    @Test
    void otherBodiesAndNamesAlreadyFoundStayAsTheyWere() {
        assertThat(names("городские власти и федеральное правительство")).isEmpty();
        assertThat(names("в сборную России по бобслею", new StatisticalNameFinder.Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:сборную России");
        assertThat(names("Президент Российской Федерации", new StatisticalNameFinder.Found(1, 3, "LOC", 0.9)))
                .containsExactly("LOC:Российской Федерации");
    }
}
