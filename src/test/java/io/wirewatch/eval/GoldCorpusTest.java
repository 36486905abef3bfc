package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.extract.source.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gold in the strict shape (lists, sides, offsets, parts) and articles from the Reuters pool, read as the gold indexes them. */
class GoldCorpusTest {
    private static final Path FIXTURE = Path.of("src/test/resources/gold-fixture");

    @Test
    void aReutersStoryIsItsTitleABlankLineAndItsBodyAsTheGoldOffsetsIndexIt() {
        GoldArticle gold = GoldArticle.readAll(FIXTURE.resolve("strict")).get(0);
        Article story = GoldCorpus.at(FIXTURE.resolve("pool.jsonl")).article(gold.document());

        JsonNode quote = GoldArticle.required(gold.statements()).get(0);
        assertThat(story.text()).startsWith("SHULTZ TO VISIT MOSCOW\n\nSecretary of State");
        assertThat(story.text().substring(quote.path("start").asInt(), quote.path("end").asInt()))
                .isEqualTo(quote.path("quote").asText());
        JsonNode event = GoldArticle.required(gold.events()).get(0);
        assertThat(story.text().substring(event.path("evidence").path("start").asInt(), event.path("evidence").path("end").asInt()))
                .isEqualTo(event.path("evidence").path("text").asText());
    }

    @Test
    void strictGoldIsAllRequiredWithItsSidesAndItsPart() {
        GoldArticle gold = GoldArticle.readAll(FIXTURE.resolve("strict")).get(0);

        assertThat(gold.part()).isEqualTo("checking");
        assertThat(GoldArticle.listed(gold.events())).hasSize(1);
        assertThat(GoldArticle.sides(GoldArticle.required(gold.events()).get(0))).containsExactly("USA", "SUN");
    }

    @Test
    void aStoryThePoolDoesNotHoldIsAClearError() {
        assertThatThrownBy(() -> GoldCorpus.at(FIXTURE.resolve("pool.jsonl")).article("999"))
                .hasMessageContaining("no story with newid 999");
    }

    @Test
    void theEvaluationReportsTheCheckingPartApartAndListsNoneOfItsErrors() {
        ExtractionEvaluation evaluation = ExtractionEvaluation.run(new io.wirewatch.extract.ArticleAnalyzer(),
                GoldArticle.readAll(FIXTURE.resolve("strict")), GoldCorpus.at(FIXTURE.resolve("pool.jsonl")));

        assertThat(evaluation.report()).contains("checking part (1 articles)");
        assertThat(evaluation.articles()).extracting(ExtractionEvaluation.ArticleScore::part).containsExactly("checking");
        assertThat(evaluation.details()).isEmpty();
        assertThat(List.of(evaluation.events().required(), evaluation.statements().required())).containsExactly(1, 1);
    }
}
