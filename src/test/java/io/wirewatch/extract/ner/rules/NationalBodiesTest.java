package io.wirewatch.extract.ner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A country's government or national team named by an adjective, and the national team on its own. */
class NationalBodiesTest {
    private static final SentenceRule RULE = new NationalBodies()::apply;

    @Test
    void anAdjectiveAndTheGovernmentAreOneOrganisation() {
        assertThat(RULE.names("прискорбно , что японское правительство не только")).containsExactly("ORG:японское правительство");
        assertThat(RULE.names("Кипрское правительство заявило", new Found(0, 1, "LOC", 0.6)))
                .containsExactly("ORG:Кипрское правительство");
        assertThat(RULE.names("позиция российского МИДа известна")).containsExactly("ORG:российского МИДа");
    }

    @Test
    void theNationalTeamOnItsOwnIsAnOrganisation() {
        assertThat(RULE.names("Клинсман принял руководство сборной в августе")).containsExactly("ORG:сборной");
        assertThat(RULE.names("первым вратарём сборной команды ,")).containsExactly("ORG:сборной команды");
    }

    @Test
    void aNationalTeamTakesItsCountryAndSportButTeamsInGeneralAreNone() {
        assertThat(RULE.names("желающих попасть в сборную страны по бобслею и скелетону ,"))
                .containsExactly("ORG:сборную страны по бобслею и скелетону");
        assertThat(RULE.names("В сборную России по бобслею и скелетону", new Found(1, 2, "ORG", 0.6),
                new Found(2, 3, "LOC", 0.9))).containsExactly("ORG:сборную России по бобслею и скелетону");
        assertThat(RULE.names("Часто в сборные по бобслею и скелетону")).isEmpty();
    }

    @Test
    void aBodyNamedByAFixedPhraseIsAnOrganisationInLowerCaseToo() {
        assertThat(RULE.names("16 мая представитель вооружённых сил полковник")).containsExactly("ORG:вооружённых сил");
        assertThat(RULE.names("Воскресное заседание кабинета министров глава")).containsExactly("ORG:кабинета министров");
        assertThat(RULE.names("Бывший спикер палаты представителей , Нэнси")).containsExactly("ORG:палаты представителей");
        assertThat(RULE.names("в кабинете врача и в палате больного")).isEmpty();
    }

    @Test
    void aLegislatureWrittenWithACapitalIsAnOrganisation() {
        assertThat(RULE.names("Зорькин надеется , что Дума ещё раз всё обдумает")).containsExactly("ORG:Дума");
        assertThat(RULE.names("В Сенате , где демократам удалось")).containsExactly("ORG:Сенате");
        assertThat(RULE.names("в городской думе")).isEmpty();
    }

    @Test
    void otherBodiesAndNamesAlreadyFoundStayAsTheyWere() {
        assertThat(RULE.names("городские власти и федеральное правительство")).isEmpty();
        assertThat(RULE.names("в сборную России , по словам", new Found(1, 3, "ORG", 0.9)))
                .containsExactly("ORG:сборную России");
        assertThat(RULE.names("Президент Российской Федерации", new Found(1, 3, "LOC", 0.9)))
                .containsExactly("LOC:Российской Федерации");
    }
}
