package io.wirewatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names NEREL's links add to the knowledge base, and which they never do. */
class NerelLinkImportTest {
    private static final KnowledgeBase WITHOUT_NEREL = new KnowledgeBase(false);

    private static NerelLinks.Link link(String doc, String qid, String type, String text, String label) {
        return new NerelLinks.Link(doc, qid, type, text, label);
    }

    @Test
    void caseFormsFoldIntoTheNominative() {
        assertThat(NerelLinkImport.fold(List.of("Азамат Сагитов", "Азамата Сагитова", "Сагитову"), EntityKind.PERSON, false))
                .containsExactly("Азамат Сагитов", "Сагитову");
        assertThat(NerelLinkImport.fold(List.of("Киргизия", "Киргизии"), EntityKind.LOCATION, false)).containsExactly("Киргизия");
        assertThat(NerelForms.formsOf(List.of(link("1", "Q1", "CITY", "Бишкеке", ""), link("2", "Q1", "CITY", "Бишкек", "")),
                EntityKind.LOCATION)).containsExactly("Бишкек", "Бишкеке");
    }

    @Test
    void aPersonsLabelGivesGivenNameAndSurname() {
        assertThat(NerelForms.personName("Сагитов, Азамат Талгатович")).isEqualTo("Азамат Сагитов");
        assertThat(NerelForms.personName("Андрей Юрьевич Воробьёв")).isEqualTo("Андрей Воробьёв");
        assertThat(NerelForms.personName("Неймар")).isEqualTo("Неймар");
    }

    @Test
    void commonWordsAdjectivesGivenNamesAndAmbiguousFormsAreNoNames() {
        List<NerelLinks.Link> links = List.of(link("1", "Q100", "PERSON", "Владимир Владимирович", ""),
                link("1", "Q200", "CITY", "Кембридж", ""), link("2", "Q300", "CITY", "Кембридж", ""));
        NerelLinkImport importer = new NerelLinkImport(WITHOUT_NEREL, links);
        assertThat(importer.usable("Владимир Владимирович", "Q100", EntityKind.PERSON)).isFalse();
        assertThat(importer.usable("Кембридж", "Q200", EntityKind.LOCATION)).as("linked to two ids").isFalse();
        assertThat(importer.usable("Московский", "Q649", EntityKind.LOCATION)).as("an adjective").isFalse();
        assertThat(importer.usable("Генеральный штаб", "Q1", EntityKind.ORGANIZATION)).as("common words only").isFalse();
        assertThat(importer.usable("правительство", "Q7188", EntityKind.ORGANIZATION)).as("lower case").isFalse();
        assertThat(importer.usable("Россия", "Q159", EntityKind.COUNTRY)).as("known already").isFalse();
        assertThat(importer.usable("Я", "Q1", EntityKind.PERSON)).isFalse();
        assertThat(importer.usable("Азамат Сагитов", "Q18277186", EntityKind.PERSON)).isTrue();
        assertThat(importer.usable("Кыргызской Республики", "Q813", EntityKind.COUNTRY)).isTrue();
    }

    @Test
    void aNewEntityNeedsAClearTypeALabelAndTwoDocuments() {
        List<NerelLinks.Link> links = new ArrayList<>(List.of(
                link("1", "Q18277186", "PERSON", "Азамата Сагитова", "Сагитов, Азамат Талгатович"),
                link("2", "Q18277186", "PERSON", "Азамат Сагитов", "Сагитов, Азамат Талгатович"),
                link("1", "Q4080187", "ORGANIZATION", "Башкирэнерго", "Башкирэнерго"),
                link("1", "Q47064", "PROFESSION", "Военнослужащий", "военнослужащий"),
                link("2", "Q47064", "PROFESSION", "Военнослужащий", "военнослужащий"),
                link("1", "Q813", "COUNTRY", "Кыргызской Республики", "Киргизия"),
                link("1", "Q813", "ORGANIZATION", "Правоохранительные органы Киргизии", "Киргизия")));
        List<String> rows = new NerelLinkImport(WITHOUT_NEREL, links).rows(links);
        assertThat(rows).containsExactly(
                "Q813\tCOUNTRY\t\t\tКыргызской Республики\t1",
                "Q18277186\tPERSON\tАзамат Сагитов\tAzamat Sagitov\t\t2");
    }
}
