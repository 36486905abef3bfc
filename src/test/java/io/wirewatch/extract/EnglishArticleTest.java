package io.wirewatch.extract;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.SourceFormat;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.events.ContactEventRecord;
import io.wirewatch.extract.events.ContactLevel;
import io.wirewatch.extract.events.ContactStatus;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.Resolution;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An English wire story: entities, titles, statements by name and pronoun, a resumed contact. */
class EnglishArticleTest {
    private static final String BODY = "MOSCOW, Feb 10 (Reuters) - Kremlin spokesman Dmitry Peskov said on Tuesday: "
            + "\"We have resumed contacts with Paris at a technical level.\" "
            + "\"There is no date yet for a conversation between the two presidents,\" he told reporters. "
            + "French President Emmanuel Macron said last month that France had restored channels with Russia at the technical level.";

    private final Analysis analysis = new ArticleAnalyzer().analyze(Article.fromParts("en-1", "Reuters", null, null,
            LocalDate.parse("2026-02-10"), "Moscow", "Kremlin confirms contacts with France", BODY, 0, SourceFormat.JSON));

    @Test
    void entitiesAndTitles() {
        assertThat(analysis.language()).isEqualTo("en");
        assertThat(analysis.entities()).extracting(LinkedEntity::nameEn)
                .contains("Dmitry Peskov", "Emmanuel Macron", "Paris", "France", "Russia", "Moscow Kremlin");
        assertThat(analysis.titles()).extracting(TitleMention::roleId).contains("RUS.SPOKESPERSON", "FRA.HEAD_OF_STATE");
    }

    @Test
    void statementsByNameAndPronoun() {
        assertThat(analysis.statements()).extracting(s -> s.speaker().nameEn() + "/" + s.resolution())
                .containsExactly("Dmitry Peskov/" + Resolution.NAMED, "Dmitry Peskov/" + Resolution.PRONOUN);
        AttributedStatement first = analysis.statements().get(0);
        assertThat(first.quote().of(analysis.article().text())).isEqualTo("We have resumed contacts with Paris at a technical level.");
    }

    @Test
    void theResumedContactIsOneEventWithTwoPiecesOfEvidence() {
        ContactEventRecord resumed = analysis.events().stream().filter(e -> e.status() == ContactStatus.RESUMED).findFirst().orElseThrow();
        Set<String> sides = new TreeSet<>();
        resumed.actors().forEach(a -> sides.add(a.code()));
        assertThat(sides).containsExactly("FRA", "RUS");
        assertThat(resumed.level()).isEqualTo(ContactLevel.WORKING);
        assertThat(resumed.evidence()).hasSize(2);
    }
}
