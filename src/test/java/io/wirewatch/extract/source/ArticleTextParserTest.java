package io.wirewatch.extract.source;

import io.wirewatch.extract.SeedFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTextParserTest {
    @Test
    void readsTheSeedFormat() {
        Article article = SeedFixture.article();
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(article.source()).isEqualTo("INTERFAX.RU");
        assertThat(article.dateline()).isEqualTo("Москва");
        assertThat(article.headlineText())
                .isEqualTo("В Кремле подтвердили возобновление контактов с Францией на техническом уровне");
        assertThat(article.lead().of(article.text())).isEqualTo("Москва. 10 февраля. INTERFAX.RU - ");
        assertThat(article.bodyText()).startsWith("Москва. 10 февраля.").endsWith("в ближайшие недели\".");
        assertThat(article.text()).isEqualTo(SeedFixture.text());
        assertThat(article.format()).isEqualTo(SourceFormat.SEED_TEXT);
    }

    @Test
    void textNotInTheSeedFormatIsAllBody() {
        String text = "Президент заявил о начале переговоров.\nВторая строка.\n";
        Article article = ArticleTextParser.parse("x", text);
        assertThat(article.headlineText()).isEmpty();
        assertThat(article.bodyText()).isEqualTo(text.strip());
        assertThat(article.published()).isNull();
        assertThat(article.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
    }

    @Test
    void aBadDateLineFallsBackToPlainText() {
        Article article = ArticleTextParser.parse("x", "date 2026-13-45 Поиск\n\nЗаголовок\n\nТекст.");
        assertThat(article.format()).isEqualTo(SourceFormat.PLAIN_TEXT);
        assertThat(article.published()).isNull();
    }

    @Test
    void whitespaceOnlyGivesAnEmptyBody() {
        Article article = ArticleTextParser.parse("x", "   \n\n  ");
        assertThat(article.bodyText()).isEmpty();
    }
}
