package io.wirewatch.extract;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.kb.EntityKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * International bodies and Russia's federal bodies from the knowledge base: found in any case
 * form, linked to their Wikidata id where it is known, with their country.
 */
class KnownOrganizationsTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static List<String> organizations(String body) {
        Analysis analysis = analyzer.analyze(Article.fromParts("t", null, null, "ru", LocalDate.parse("2026-02-10"), null, null,
                body, 0, SourceFormat.JSON));
        return analysis.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION)
                .map(e -> e.id() + " " + e.country() + ": "
                        + String.join(", ", e.mentions().stream().map(m -> m.of(analysis.article().text())).toList()))
                .toList();
    }

    @Test
    void internationalBodiesAreLinkedInEveryCase() {
        assertThat(organizations("Интерпол объявил его в розыск по запросу ПАСЕ. В Интерполе это подтвердили, "
                + "а ФИФА передала Интерполу 20 млн евро."))
                .containsExactlyInAnyOrder("Q8475 null: Интерпол, Интерполе, Интерполу", "Q939743 null: ПАСЕ", "Q253414 null: ФИФА");
    }

    @Test
    void russianFederalBodiesAreRussian() {
        assertThat(organizations("Минэкономразвития ухудшило прогноз, сообщили в Министерстве финансов РФ. "
                + "Представители МЧС выехали на место."))
                .containsExactlyInAnyOrder(
                        "ww:organization:ministry-of-economic-development-of-russia RUS: Минэкономразвития",
                        "ww:organization:ministry-of-finance-of-russia RUS: Министерстве финансов РФ",
                        "ww:organization:ministry-of-emergency-situations-of-russia RUS: МЧС");
    }

    @Test
    void mobileOperatorsAndTheMoscowCityDumaAreKnownByTheirBrandsAndShortNames() {
        assertThat(organizations("Глава Минсвязи отметил, что МТС, «Вымпелком» и «Мегафон» подняли цены, а «Билайн» нет. "
                + "Вопрос обсудят в Мосгордуме."))
                .containsExactlyInAnyOrder(
                        "ww:organization:ministry-of-digital-development-of-russia RUS: Минсвязи",
                        "ww:organization:mts RUS: МТС",
                        "ww:organization:vimpelcom RUS: Вымпелком, Билайн",
                        "ww:organization:megafon RUS: Мегафон",
                        "ww:organization:moscow-city-duma RUS: Мосгордуме");
    }

    @Test
    void partiesClubsAndTeamsInTheNewsAreKnownInEveryCase() {
        assertThat(organizations("Лидер Нацфронта Марин Ле Пен смотрела матч Арсенала и Челси, а Феррари выиграла гонку."))
                .containsExactlyInAnyOrder("ww:organization:national-rally FRA: Нацфронта", "ww:organization:arsenal-f-c GBR: Арсенала",
                        "ww:organization:chelsea-f-c GBR: Челси", "ww:organization:ferrari ITA: Феррари");
    }

    @Test
    void aLegislatureWithItsCountryOrParliamentIsOneMention() {
        assertThat(organizations("Представители Госдумы России приехали, депутаты Госдумы РФ тоже."))
                .containsExactly("ww:organization:state-duma RUS: Госдумы России, Госдумы РФ");
        assertThat(organizations("Член Палаты представителей Конгресса США ранена."))
                .containsExactly("Q11701 USA: Палаты представителей Конгресса США");
    }
}
