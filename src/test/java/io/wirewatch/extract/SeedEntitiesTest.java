package io.wirewatch.extract;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's gold entities (seeds/gold): every required one found with its type, country and
 * Wikidata id; at most one entity the gold does not list. MEDIA is the kind of ORGANIZATION that
 * publishes news, so it satisfies a gold ORGANIZATION.
 */
class SeedEntitiesTest {
    private static JsonNode gold;
    private static Analysis analysis;

    @BeforeAll
    static void analyze() {
        gold = SeedFixture.gold();
        analysis = SeedFixture.analysis();
    }

    @Test
    void everyRequiredEntityIsFoundWithItsTypeCountryAndWikidataId() {
        for (JsonNode expected : gold.path("entities").path("required")) {
            LinkedEntity found = find(expected).orElse(null);
            assertThat(found).as("gold entity %s", expected.path("name").asText()).isNotNull();
            assertThat(typeMatches(expected.path("type").asText(), found.kind()))
                    .as("type of %s: %s", expected.path("name").asText(), found.kind()).isTrue();
            if (expected.has("country")) {
                assertThat(found.country()).as("country of " + found.nameEn()).isEqualTo(expected.path("country").asText());
            }
            if (expected.has("wikidata")) {
                assertThat(found.wikidata()).as("wikidata of " + found.nameEn()).isEqualTo(expected.path("wikidata").asText());
            }
        }
    }

    @Test
    void atMostOneEntityIsNotInTheGold() {
        List<JsonNode> listed = new ArrayList<>();
        gold.path("entities").path("required").forEach(listed::add);
        gold.path("entities").path("acceptable").forEach(listed::add);
        List<String> extra = analysis.entities().stream()
                .filter(e -> listed.stream().noneMatch(g -> mentions(e, g)))
                .map(LinkedEntity::nameEn).toList();
        assertThat(extra).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theDatelineAgencyAndCityAreNotMentions() {
        TextRange lead = analysis.article().lead();
        assertThat(analysis.entities()).allSatisfy(e -> assertThat(e.mentions()).noneMatch(lead::overlaps));
    }

    @Test
    void peopleCarryTheirRoleAtTheArticlesDateAndTitlesResolveToThem() {
        for (JsonNode role : gold.path("roles")) {
            LinkedEntity person = analysis.entities().stream()
                    .filter(e -> e.nameEn().equals(role.path("person").asText())).findFirst().orElseThrow();
            assertThat(person.role()).as("role of " + person.nameEn()).isNotNull();
            assertThat(person.role().nameEn()).isEqualTo(role.path("role").asText());
            for (JsonNode surface : role.path("surface")) {
                if (!analysis.article().text().contains(surface.asText())) {
                    continue;
                }
                assertThat(analysis.titles()).as("title " + surface.asText())
                        .anySatisfy(t -> {
                            assertThat(t.range().of(analysis.article().text())).isEqualTo(surface.asText());
                            assertThat(t.holder().personId()).isEqualTo(person.id());
                        });
            }
        }
    }

    private static Optional<LinkedEntity> find(JsonNode expected) {
        return analysis.entities().stream().filter(e -> mentions(e, expected)).findFirst();
    }

    private static boolean mentions(LinkedEntity entity, JsonNode gold) {
        String text = analysis.article().text();
        for (JsonNode surface : gold.path("surface")) {
            for (TextRange mention : entity.mentions()) {
                if (mention.of(text).equals(surface.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean typeMatches(String goldType, EntityKind kind) {
        return kind.name().equals(goldType) || goldType.equals("ORGANIZATION") && kind == EntityKind.MEDIA;
    }
}
