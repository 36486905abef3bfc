package io.wirewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionKind;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.source.SourceFormat;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English names outside the knowledge base, found by the English name finder and merged with the
 * known ones, in wire copy's forms: a plain sentence, a headline in capitals, a dateline, a
 * hard-wrapped body, honorifics and possessives. Fixtures written for this test.
 */
class EnglishNamesTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();
    private static final String REAGAN = "President Reagan announced he is sending Secretary of State George Shultz to Moscow "
            + "for talks with Foreign Minister Eduard Shevardnadze next month.";

    @Test
    void peopleAndPlacesOfAnUndatedStory() {
        Analysis analysis = analyze("", REAGAN);
        assertThat(names(analysis, EntityKind.PERSON)).containsExactly("Reagan", "George Shultz", "Eduard Shevardnadze");
        assertThat(names(analysis, EntityKind.LOCATION)).containsExactly("Moscow");
        assertThat(analysis.entities()).extracting(LinkedEntity::nameEn).doesNotContain("Marco Rubio");
    }

    @Test
    void aHeadlineInCapitalsNamesOnlyItsNames() {
        Analysis analysis = analyze("PRESIDENT SAYS SHULTZ TO HEAD FOR MOSCOW TALKS", REAGAN);
        assertThat(names(analysis, EntityKind.PERSON)).containsExactly("SHULTZ", "Reagan", "George Shultz", "Eduard Shevardnadze");
        assertThat(names(analysis, EntityKind.LOCATION)).containsExactly("MOSCOW", "Moscow");
        assertThat(names(analysis, EntityKind.ORGANIZATION)).isEmpty();
    }

    @Test
    void theDatelineCityIsAFieldAndTheMonthNoName() {
        Article article = ArticleTextParser.parse("d", "MOSCOW, April 13 - Soviet Foreign Minister Eduard Shevardnadze "
                + "met Secretary of State George Shultz in the Kremlin on Monday.");
        Analysis analysis = ANALYZER.analyze(article);
        assertThat(article.dateline()).isEqualTo("MOSCOW");
        assertThat(names(analysis, EntityKind.PERSON)).containsExactly("Eduard Shevardnadze", "George Shultz");
        assertThat(allNames(analysis)).doesNotContain("April", "MOSCOW");
    }

    @Test
    void aNameWrappedOverTwoLinesIsOneName() {
        String body = "President Reagan announced on Friday that he is sending Secretary of State George\n"
                + "Shultz to Moscow next month for talks with Foreign Minister Eduard\n"
                + "Shevardnadze on arms control and regional conflicts.\n"
                + "    Arms control is expected to be the major topic of the talks.\n";
        Analysis analysis = analyze("", body);
        assertThat(analysis.sentences()).hasSize(2);
        assertThat(names(analysis, EntityKind.PERSON)).containsExactly("Reagan", "George\nShultz", "Eduard\nShevardnadze");
    }

    @Test
    void honorificsAndPossessivesStayOutOfTheName() {
        Analysis analysis = analyze("", "Mr. Shultz said Gen. Colin Powell and Sen. Robert Dole would join the talks "
                + "at Foreign Minister Eduard Shevardnadze's request.");
        assertThat(names(analysis, EntityKind.PERSON)).containsExactly("Shultz", "Colin Powell", "Robert Dole", "Eduard Shevardnadze");
    }

    private static Analysis analyze(String headline, String body) {
        return ANALYZER.analyze(Article.fromParts("t", "", null, null, null, null, headline, body, 0, SourceFormat.PLAIN_TEXT));
    }

    /** The NAME mentions of entities of a kind, in text order. */
    private static List<String> names(Analysis analysis, EntityKind kind) {
        List<String> names = new ArrayList<>();
        analysis.entities().stream().filter(e -> e.kind() == kind).forEach(e -> e.mentions().stream()
                .filter(m -> e.kindOf(m) == MentionKind.NAME).forEach(m -> names.add(m.start() + "\t" + m.of(analysis.article().text()))));
        return names.stream().sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.split("\t")[0])))
                .map(n -> n.split("\t", 2)[1]).toList();
    }

    private static List<String> allNames(Analysis analysis) {
        List<String> names = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            names.addAll(names(analysis, kind));
        }
        return names;
    }
}
