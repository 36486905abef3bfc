package io.wirewatch.extract.text;

import io.wirewatch.extract.SeedFixture;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleTextParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(Article article, String language) {
        return SentenceSplitter.split(article.text(), article.headline(), article.body(), article.lead(), language).stream().map(s -> s.text(article.text())).toList();
    }

    @Test
    void theSeedSplitsIntoItsSentences() {
        List<String> sentences = sentences(SeedFixture.article(), "ru");
        assertThat(sentences).hasSize(15);
        assertThat(sentences.get(0)).isEqualTo("В Кремле подтвердили возобновление контактов с Францией на техническом уровне");
        assertThat(sentences.get(1)).startsWith("Москва. 10 февраля. INTERFAX.RU - В Кремле").endsWith("РФ и Франции.");
        assertThat(sentences.get(2)).startsWith("\"Действительно").contains("- сказал пресс-секретарь президента РФ Дмитрий Песков");
        assertThat(sentences.get(3)).startsWith("Он добавил: \"Пока").endsWith("такие заявления\".");
        assertThat(sentences).allSatisfy(s -> assertThat(s).isEqualTo(s.strip()));
    }

    @Test
    void initialsAndAbbreviationsDoNotEndSentences() {
        Article article = ArticleTextParser.parse("x",
                "Президент В. В. Путин провел встречу, т.е. переговоры прошли в 2025 г. в Москве. Затем он уехал.");
        assertThat(sentences(article, "ru")).containsExactly(
                "Президент В. В. Путин провел встречу, т.е. переговоры прошли в 2025 г. в Москве.", "Затем он уехал.");
        Article english = ArticleTextParser.parse("y",
                "Mr. Rubio met U.S. envoys in Jan. in Paris. Then he left.");
        assertThat(sentences(english, "en")).containsExactly("Mr. Rubio met U.S. envoys in Jan. in Paris.", "Then he left.");
    }

    @Test
    void hardWrappedEnglishWireCopyBreaksAtSentencesNotLines() {
        String body = "President Reagan announced on Friday that he is sending Secretary of State George\n"
                + "Shultz to Moscow next month for talks with Foreign Minister Eduard\n"
                + "Shevardnadze on arms control and regional conflicts of the day.\n"
                + "    Arms control is expected to be the major topic of the talks there.\n";
        Article article = ArticleTextParser.parse("w", body);
        assertThat(sentences(article, "en")).extracting(s -> s.replace('\n', ' ')).containsExactly(
                "President Reagan announced on Friday that he is sending Secretary of State George Shultz to Moscow next month "
                        + "for talks with Foreign Minister Eduard Shevardnadze on arms control and regional conflicts of the day.",
                "Arms control is expected to be the major topic of the talks there.");
        Article oneSentenceALine = ArticleTextParser.parse("l", "Reagan sent Shultz to Moscow for talks with Shevardnadze and with the\n"
                + "Kremlin , which agreed to the talks after a long and public dispute .\nTALKS IN MOSCOW\n");
        assertThat(sentences(oneSentenceALine, "en")).hasSize(3);
    }

    @Test
    void offsetsMapBackToTheText() {
        Article article = SeedFixture.article();
        for (Sentence sentence : SentenceSplitter.split(article.text(), article.headline(), article.body(), article.lead(), "ru")) {
            assertThat(article.text().substring(sentence.range().start(), sentence.range().end()))
                    .isEqualTo(sentence.text(article.text()));
        }
    }
}
