package io.wirewatch.extract.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** English names, titles and 1980s states: a title beside a name is a role, a bare title needs a date. */
class EnglishLinkingTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();
    private static final String SHULTZ = "President Reagan announced he is sending Secretary of State George Shultz "
            + "to Moscow for talks with Foreign Minister Eduard Shevardnadze next month.";
    private static final Path POOL = Path.of("../shared/corpora/reuters21578-pool/reuters21578-pool.jsonl");

    private static Analysis analyze(LocalDate published, String headline, String body) {
        return ANALYZER.analyze(Article.fromParts("t", null, null, "en", published, null, headline, body, 0, SourceFormat.PLAIN_TEXT));
    }

    /** Each linked person's English name with the role the article gives them. */
    private static Map<String, String> people(Analysis analysis) {
        return analysis.entities().stream().filter(e -> e.kind() == io.wirewatch.kb.EntityKind.PERSON)
                .collect(Collectors.toMap(LinkedEntity::nameEn, e -> e.role() == null ? "-" : e.role().roleId() + "/" + e.country()));
    }

    @Test
    void aTitleBesideANameIsThatPersonsRoleEvenUndated() {
        Map<String, String> people = people(analyze(null, null, SHULTZ));
        assertThat(people).containsEntry("Ronald Reagan", "USA.HEAD_OF_STATE/USA")
                .containsEntry("George Shultz", "USA.FOREIGN_MINISTER/USA")
                .containsEntry("Eduard Shevardnadze", "SUN.FOREIGN_MINISTER/SUN")
                .doesNotContainKey("Marco Rubio");
    }

    @Test
    void aBareTitleResolvesOnlyWhenTheArticleIsDated() {
        String body = "The Secretary of State will fly to Geneva next week. "
                + "The U.S. Secretary of State said the talks would go on.";
        Analysis undated = analyze(null, null, body);
        assertThat(undated.titles()).extracting(TitleMention::roleId).containsOnly("USA.FOREIGN_MINISTER");
        assertThat(undated.titles()).allSatisfy(t -> assertThat(t.holder()).isNull());
        assertThat(people(undated)).isEmpty();
        Analysis named = analyze(null, null, "George Shultz arrived in Geneva. The Secretary of State said the talks would go on.");
        assertThat(named.titles()).extracting(t -> t.holder().personId()).containsExactly("ww:person:george-shultz");

        assertThat(people(analyze(LocalDate.parse("1987-03-20"), null, body))).containsOnlyKeys("George Shultz");
        assertThat(people(analyze(LocalDate.parse("2026-02-10"), null, body))).containsOnlyKeys("Marco Rubio");
        Analysis russian = ANALYZER.analyze(Article.fromParts("r", null, null, "ru", null, null, null,
                "Госсекретарь США прилетит в Женеву.", 0, SourceFormat.PLAIN_TEXT));
        assertThat(russian.titles()).allSatisfy(t -> assertThat(t.holder()).isNull());
        assertThat(people(russian)).isEmpty();
    }

    @Test
    void historicalHoldersAreFoundByTheirSurnames() {
        Map<String, String> people = people(analyze(LocalDate.parse("1987-04-10"), null,
                "Thatcher met Gorbachev in Moscow. Kohl and Nakasone were not there."));
        assertThat(people).containsEntry("Margaret Thatcher", "GBR.HEAD_OF_GOVERNMENT/GBR")
                .containsEntry("Mikhail Gorbachev", "SUN.HEAD_OF_STATE/SUN")
                .containsEntry("Helmut Kohl", "DEU.HEAD_OF_GOVERNMENT/DEU")
                .containsEntry("Yasuhiro Nakasone", "JPN.HEAD_OF_GOVERNMENT/JPN");
    }

    @Test
    void countriesAsThe1987WireWritesThem() {
        Analysis analysis = analyze(null, "U.S., SOVIET TALKS",
                "U.S. and Soviet officials met in Geneva. The Soviet Union and the USSR's allies, "
                        + "West Germany and West German bankers, the European Community, the Common Market and EC ministers.");
        Map<String, List<String>> byCountry = analysis.entities().stream().filter(e -> e.country() != null || e.id().startsWith("ww:org"))
                .collect(Collectors.groupingBy(e -> e.country() != null ? e.country() : e.nameEn(),
                        Collectors.flatMapping(e -> e.mentions().stream().map(m -> m.of(analysis.article().text())), Collectors.toList())));
        assertThat(byCountry.get("USA")).contains("U.S.");
        assertThat(byCountry.get("SUN")).contains("SOVIET", "Soviet", "Soviet Union", "USSR");
        assertThat(byCountry.get("DEU")).contains("West Germany", "West German");
        assertThat(byCountry.get("European Communities")).contains("European Community", "Common Market");
        // EC is also the European Commission's acronym; either way the side is coded EC
        assertThat(analysis.entities()).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.of(analysis.article().text()).equals("EC")))
                .extracting(LinkedEntity::nameEn).containsAnyOf("European Communities", "European Commission");
    }

    @Test
    void reutersStory2766NamesReaganShultzAndShevardnadzeNotRubio() throws IOException {
        assumeTrue(Files.exists(POOL), "the Reuters pool is not here");
        JsonNode story = null;
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(POOL)) {
            JsonNode node = json.readTree(line);
            if (node.path("newid").asText().equals("2766")) {
                story = node;
            }
        }
        assertThat(story).isNotNull();
        Map<String, String> people = people(analyze(null, story.path("title").asText(), story.path("body").asText()));
        assertThat(people).containsEntry("Ronald Reagan", "USA.HEAD_OF_STATE/USA")
                .containsEntry("George Shultz", "USA.FOREIGN_MINISTER/USA")
                .containsEntry("Eduard Shevardnadze", "SUN.FOREIGN_MINISTER/SUN")
                .doesNotContainKey("Marco Rubio");
    }
}
