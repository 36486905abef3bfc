package io.wirewatch.extract;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A first name before a known surname: the known person named in full (a transliteration variant
 * of their first name included), or someone else with that surname; a place named with words
 * before a known one is that place.
 */
class KnownNamesInFullTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static List<String> people(String body) {
        return named(body, io.wirewatch.kb.EntityKind.PERSON);
    }

    private static List<String> named(String body, io.wirewatch.kb.EntityKind kind) {
        Analysis analysis = analyzer.analyze(Article.fromParts("t", null, null, "ru", LocalDate.parse("2026-02-10"), null, null,
                body, 0, SourceFormat.JSON));
        return analysis.entities().stream().filter(e -> e.kind() == kind)
                .map(e -> e.nameEn() + ": " + String.join(", ", e.mentions().stream().map(m -> m.of(analysis.article().text())).toList()))
                .toList();
    }

    @Test
    void aVariantSpellingOfTheFirstNameIsTheKnownPersonInFull() {
        assertThat(people("Беньямин Нетаньяху отказался от участия в саммите. Нетаньяху заявил об этом в воскресенье."))
                .containsExactly("Benjamin Netanyahu: Беньямин Нетаньяху, Нетаньяху");
    }

    @Test
    void anotherFirstNameIsAnotherPerson() {
        assertThat(people("Первая леди Мишель Обама задержалась в Белом доме. Барак Обама выступил с речью."))
                .containsExactly("Mishel Obama: Мишель Обама", "Barack Obama: Барак Обама");
    }

    @Test
    void aPlaceNamedWithWordsBeforeAKnownOneIsThatPlace() {
        assertThat(named("Об угрозах экстремистов в Северной Африке заявили в Париже.", io.wirewatch.kb.EntityKind.LOCATION))
                .containsExactly("Africa: Северной Африке", "Paris: Париже");
    }
}
