package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Phoenix actor lists read into typed entries, and the gazetteer that labels words with them. */
class NameGazetteerTest {
    private static final List<String> COUNTRIES = List.of(
            "# a comment",
            "FREEDONIA_  [FRD]",
            "+FREEDONIAN_",
            "+FREEDONIA_CITY_",
            "",
            "FREEDONIAN_ARMY_",
            "+FRD_ARMED_FORCES",
            "\t[FRDMIL]",
            "",
            "RUFUS_T._FIREFLY_  # CountryInfo.txt",
            "+PRESIDENT_RUFUS_FIREFLY",
            "+PRESIDENT",
            "\t[FRDGOV 330101-331231]",
            "TRENTINO_",
            "\t[SYLGOV 330101-331231]");
    private static final List<String> AGENTS = List.of("PRESIDENT [~GOV]", "SOLDIER [~MIL]", "FARMER [~AGR]");

    @Test
    void actorsAreTypedByTheirCodesAndPeopleLoseTheirTitles() {
        PhoenixActors.Vocabulary vocabulary = new PhoenixActors.Vocabulary(PhoenixActors.titles(AGENTS), PhoenixActors.sectors(AGENTS));
        List<PhoenixActors.Actor> actors = PhoenixActors.actors(COUNTRIES, true, vocabulary);
        assertThat(actors).extracting(PhoenixActors.Actor::type).containsExactly("LOC", "ORG", "PER", "PER");
        List<PhoenixActors.Entry> entries = actors.stream().flatMap(a -> a.names().stream()
                .map(n -> new PhoenixActors.Entry(a.type(), PhoenixActors.words(n, a.type().equals("PER") ? vocabulary.titles() : Set.of()))))
                .filter(e -> !e.words().isEmpty() && !(e.type().equals("PER") && vocabulary.titles().contains(e.words()))).toList();
        assertThat(entries).containsExactlyInAnyOrder(
                new PhoenixActors.Entry("LOC", "freedonia"), new PhoenixActors.Entry("LOC", "freedonian"),
                new PhoenixActors.Entry("LOC", "freedonia city"), new PhoenixActors.Entry("ORG", "freedonian army"),
                new PhoenixActors.Entry("ORG", "frd armed forces"), new PhoenixActors.Entry("PER", "rufus t . firefly"),
                new PhoenixActors.Entry("PER", "rufus firefly"), new PhoenixActors.Entry("PER", "trentino"));
    }

    @Test
    void theLongestEntryLabelsCapitalizedWords() {
        NameGazetteer gazetteer = new NameGazetteer();
        gazetteer.add("LOC", "freedonia");
        gazetteer.add("ORG", "freedonian army");
        gazetteer.add("PER", "rufus firefly");
        String[] words = "Rufus Firefly met the Freedonian Army in freedonia .".split(" ");
        String[] lower = java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        assertThat(gazetteer.label(words, lower)).containsExactly("PER-B", "PER-I", null, null, "ORG-B", "ORG-I", null, null, null);
        assertThat(gazetteer.personClasses("rufus")).isEqualTo(NameGazetteer.FIRST_NAME);
        assertThat(gazetteer.personClasses("firefly")).isEqualTo(NameGazetteer.LAST_NAME);
    }

    @Test
    void theShippedGazetteerHoldsPeoplePlacesAndOrganisations() {
        NameGazetteer bundled = NameGazetteer.bundled();
        String[] words = {"Eduard", "Shevardnadze", "in", "Moscow"};
        String[] lower = {"eduard", "shevardnadze", "in", "moscow"};
        assertThat(bundled.label(words, lower)).containsExactly("PER-B", "PER-I", null, "LOC-B");
        assertThat(Set.of(bundled.size())).allMatch(n -> n > 30_000);
    }
}
