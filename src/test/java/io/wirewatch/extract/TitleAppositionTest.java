package io.wirewatch.extract;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.kb.EntityKind;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A title followed by a name says who holds the role in that article (an old story, or one without
 * a date, names a prime minister the knowledge base no longer lists), and the surname alone later
 * is the same person.
 */
class TitleAppositionTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer();
    }

    private static Analysis analyze(String body) {
        return analyzer.analyze(Article.fromParts("t", null, null, "ru", LocalDate.parse("2026-02-10"), null, null, body, 0,
                SourceFormat.JSON));
    }

    @Test
    void theNamedPersonHoldsTheTitlesRoleAndKeepsItsMentions() {
        Analysis analysis = analyze("Премьер-министр Японии Наото Кан выступил на митинге в Токио. "
                + "Японский премьер назвал визит недопустимым. Кан сообщил, что не изменит позицию.");
        LinkedEntity kan = analysis.entities().stream().filter(e -> e.nameEn().equals("Naoto Kan")).findFirst().orElseThrow();
        assertThat(kan.country()).isEqualTo("JPN");
        assertThat(kan.role().roleId()).isEqualTo("JPN.HEAD_OF_GOVERNMENT");
        assertThat(kan.mentions()).extracting(m -> m.of(analysis.article().text())).containsExactly("Наото Кан", "Кан");
        assertThat(analysis.titles()).allMatch(t -> t.holder().personId().equals(kan.id()));
        assertThat(analysis.entities()).as("the prime minister the knowledge base lists for the article's date is not in it")
                .filteredOn(e -> e.kind() == EntityKind.PERSON).containsExactly(kan);
    }

    @Test
    void aNameThatHoldsAnotherRoleIsNotTheTitlesHolder() {
        Analysis analysis = analyze("Пресс-секретарь президента России Владимира Путина Дмитрий Песков ответил на вопросы.");
        assertThat(analysis.titles()).extracting(t -> t.holder().personId())
                .contains(analysis.entities().stream().filter(e -> e.nameEn().equals("Dmitry Peskov")).findFirst().orElseThrow().id());
        assertThat(analysis.entities()).filteredOn(e -> e.nameEn().equals("Vladimir Putin"))
                .allMatch(e -> e.role().roleId().equals("RUS.HEAD_OF_STATE"));
    }
}
