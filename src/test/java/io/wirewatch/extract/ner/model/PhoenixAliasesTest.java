package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.link.NameIndex;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** English aliases of the knowledge base's people from Phoenix actors confirmed to be them. */
class PhoenixAliasesTest {
    @Test
    void aConfirmedActorsOtherSpellingsAreAliasesAndAnotherPersonBesideItIsNot() {
        KnowledgeBase kb = KnowledgeBase.withoutDerivedAliases();
        List<PhoenixActors.Actor> actors = List.of(
                new PhoenixActors.Actor("PER", List.of("SERGEY_LAVROV_", "SERGEY_V._LAVROV", "SERGEJ_LAVROV", "FOREIGN_MINISTER_LAVROV",
                        "ANDREI_LAVROV"), List.of("RUSGOV")),
                new PhoenixActors.Actor("PER", List.of("SERGEY_LAVROV_", "SERGEY_VIKTOROVICH_LAVROV"), List.of("FRAGOV")));
        Map<String, Set<String>> aliases = PhoenixAliases.of(actors, Set.of("foreign", "minister"), kb);
        assertThat(aliases).containsOnlyKeys("Sergey Lavrov");
        assertThat(aliases.get("Sergey Lavrov")).containsExactly("Sergey V. Lavrov", "Sergej Lavrov");
    }

    @Test
    void namesAreWrittenWithCapitalsButTheirParticles() {
        assertThat(PhoenixAliases.written("luiz inacio lula da silva")).isEqualTo("Luiz Inacio Lula da Silva");
        assertThat(PhoenixAliases.written("abdel-fattah el-sisi")).isEqualTo("Abdel-Fattah El-Sisi");
    }

    @Test
    void theShippedAliasesLinkButTheFindersFeaturesLeaveThemOut() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        KbEntity lavrov = kb.entities().stream().filter(e -> e.nameEn().equals("Sergey Lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.aliasesEn()).contains("Sergey V. Lavrov");
        assertThat(kb.derivedAliases(lavrov.id())).contains("Sergey V. Lavrov");
        assertThat(NameIndex.of(kb).find(new String[] {"Sergey", "V", ".", "Lavrov"})).isNotEmpty();
        assertThat(NameIndex.handWritten(kb).find(new String[] {"Sergey", "V", ".", "Lavrov"}))
                .allMatch(match -> match.to() - match.from() < 4);
    }
}
