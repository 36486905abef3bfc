package io.wirewatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.bundled();

    @Test
    void everyCountryIsThereWithCldrNamesInBothLanguages() {
        KbEntity france = kb.entity("Q142").orElseThrow();
        assertThat(france.kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(france.country()).isEqualTo("FRA");
        assertThat(france.nameRu()).isEqualTo("Франция");
        long countries = kb.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).count();
        assertThat(countries).isGreaterThan(230);
        assertThat(kb.entity("ww:country:TUV")).isPresent();
    }

    @Test
    void cldrNamesAreAlsoKnownAsThePressWritesThem() {
        assertThat(kb.entity("ww:country:BMU").orElseThrow().aliasesRu()).contains("Бермудские о-ва", "Бермудские острова", "Бермуды");
        assertThat(kb.entity("ww:country:IMN").orElseThrow().aliasesRu()).contains("остров Мэн");
        assertThat(kb.entity("ww:country:HKG").orElseThrow().aliasesRu()).contains("Гонконг");
        assertThat(Countries.writtenOut("Коста-Рика")).containsExactly("Коста Рика");
        assertThat(Countries.writtenOut("Виргинские о-ва (США)")).containsExactly("Виргинские острова (США)");
        assertThat(Countries.writtenOut("Франция")).isEmpty();
    }

    @Test
    void idsAreWikidataOrLocalAndEveryEntryIsComplete() {
        Set<String> ids = new HashSet<>();
        for (KbEntity entity : kb.entities()) {
            assertThat(ids.add(entity.id())).as("unique id " + entity.id()).isTrue();
            assertThat(entity.id()).matches("Q[1-9][0-9]*|ww:[a-z]+:[a-zA-Z0-9-]+");
            if (entity.wikidata() != null) {
                assertThat(entity.id()).isEqualTo(entity.wikidata());
            }
            assertThat(entity.nameEn()).isNotBlank();
            assertThat(entity.aliasesEn().size() + entity.aliasesRu().size()).as(entity.nameEn()).isPositive();
            if (entity.country() != null) {
                assertThat(entity.country()).matches("[A-Z]{3}");
            }
        }
    }

    @Test
    void rolesAreResolvedAtADate() {
        assertThat(kb.holder("USA.HEAD_OF_STATE", LocalDate.parse("2022-01-01")).orElseThrow().personId()).isEqualTo("Q6279");
        assertThat(kb.holder("USA.HEAD_OF_STATE", LocalDate.parse("2026-02-10")).orElseThrow().personId()).isEqualTo("Q22686");
        assertThat(kb.holder("FRA.HEAD_OF_STATE", LocalDate.parse("2026-02-10")).orElseThrow().personId()).isEqualTo("Q3052772");
        assertThat(kb.holder("FRA.HEAD_OF_STATE", LocalDate.parse("2015-01-01")).orElseThrow().personId()).isEqualTo("ww:person:francois-hollande");
        assertThat(kb.holder("FRA.HEAD_OF_STATE", LocalDate.parse("2000-01-01")).orElseThrow().personId()).isEqualTo("ww:person:jacques-chirac");
        assertThat(kb.holder("FRA.HEAD_OF_STATE", LocalDate.parse("1980-01-01"))).isEmpty();
    }

    @Test
    void historicalHoldersFromPhoenixAndFormerStates() {
        assertThat(kb.holder("USA.FOREIGN_MINISTER", LocalDate.parse("1987-03-20")).orElseThrow().personId()).isEqualTo("ww:person:george-shultz");
        assertThat(kb.holder("SUN.FOREIGN_MINISTER", LocalDate.parse("1987-03-20")).orElseThrow().personId()).isEqualTo("ww:person:eduard-shevardnadze");
        KbEntity shevardnadze = kb.entity("ww:person:eduard-shevardnadze").orElseThrow();
        assertThat(shevardnadze.country()).isEqualTo("SUN");
        assertThat(shevardnadze.aliasesEn()).contains("Shevardnadze");
        assertThat(kb.rolesOf(shevardnadze.id(), LocalDate.parse("1995-01-01"))).extracting(RoleHolding::roleId).containsExactly("GEO.HEAD_OF_STATE");
        KbEntity soviet = kb.entity("Q15180").orElseThrow();
        assertThat(soviet.kind()).isEqualTo(EntityKind.COUNTRY);
        assertThat(soviet.country()).isEqualTo("SUN");
        assertThat(kb.countryAdjectives("SUN", "en")).containsExactly("Soviet");
        assertThat(kb.isState("SUN")).isTrue();
        assertThat(kb.isState("UN")).isFalse();
        // Phoenix adds spellings to people already known, keeping their Russian names and ids
        KbEntity medvedev = kb.entity("Q23530").orElseThrow();
        assertThat(medvedev.nameRu()).isEqualTo("Дмитрий Медведев");
        assertThat(medvedev.country()).isEqualTo("RUS");
        assertThat(medvedev.aliasesEn()).startsWith("Dmitry Medvedev").contains("Dmitriy Medvedev");
    }

    @Test
    void nerelLinksAddRussianNamesAsDerivedAliasesAndKeepRoles() {
        KbEntity biden = kb.entity("Q6279").orElseThrow();
        assertThat(biden.aliasesRu()).contains("Джозеф Байден");
        assertThat(kb.derivedAliases("Q6279")).containsExactly("Джозеф Байден");
        assertThat(kb.holdingsOf("Q6279")).isNotEmpty();
        assertThat(new KnowledgeBase(false).entity("Q6279").orElseThrow().aliasesRu()).doesNotContain("Джозеф Байден");
        KbEntity mandela = kb.entity("Q8023").orElseThrow();
        assertThat(mandela.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(mandela.nameRu()).isEqualTo("Нельсон Мандела");
        assertThat(mandela.aliasesEn()).isEmpty();
        assertThat(kb.derivedAliases("Q8023")).containsExactlyElementsOf(mandela.aliasesRu());
    }
}
