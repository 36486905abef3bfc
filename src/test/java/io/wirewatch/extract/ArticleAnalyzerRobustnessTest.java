package io.wirewatch.extract;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.source.SourceFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Odd input gives a clear result, never an exception. */
class ArticleAnalyzerRobustnessTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static Article plain(String text) {
        return ArticleTextParser.parse("t", text);
    }

    @Test
    void emptyAndWhitespaceTextGiveAnEmptyAnalysis() {
        Analysis analysis = analyzer.analyze(plain(" \n\t "));
        assertThat(analysis.entities()).isEmpty();
        assertThat(analysis.sentences()).isEmpty();
    }

    @Test
    void textInAnUnsupportedLanguageHasNoEntities() {
        Analysis analysis = analyzer.analyze(plain("日本の首相は月曜日にワシントンを訪問した。"));
        assertThat(analysis.supported()).isFalse();
        assertThat(analysis.entities()).isEmpty();
    }

    @Test
    void controlCharactersAndMixedScriptsAreFine() {
        Analysis analysis = analyzer.analyze(plain("Пу\u0000тин и Macron в Париже \uFFFD\uFFFD встретились; Mосква (Latin M)."));
        assertThat(analysis.entities()).extracting(LinkedEntity::nameEn).contains("Paris");
    }

    @Test
    void fiveMegabytesAreAnalyzedUpToTheLimitAndSaySo() {
        String paragraph = "Президент России Владимир Путин провел переговоры с президентом Франции в Москве. ";
        Analysis analysis = analyzer.analyze(plain(paragraph.repeat(5_000_000 / paragraph.length())));
        assertThat(analysis.truncated()).isTrue();
        assertThat(analysis.article().text()).hasSize(ArticleAnalyzer.MAX_CHARS);
        assertThat(analysis.entities()).extracting(LinkedEntity::nameEn).contains("Vladimir Putin", "Moscow");
    }

    @Test
    void rolesFollowTheArticlesDate() {
        Article before = Article.fromParts("a", "", null, "en", LocalDate.parse("2022-06-01"), null,
                "Talks", "The President of the United States spoke to reporters.", 0, SourceFormat.JSON);
        Article after = Article.fromParts("b", "", null, "en", LocalDate.parse("2026-02-01"), null,
                "Talks", "The President of the United States spoke to reporters.", 0, SourceFormat.JSON);
        assertThat(analyzer.analyze(before).titles().get(0).holder().personId()).isEqualTo("Q6279");
        assertThat(analyzer.analyze(after).titles().get(0).holder().personId()).isEqualTo("Q22686");
    }
}
