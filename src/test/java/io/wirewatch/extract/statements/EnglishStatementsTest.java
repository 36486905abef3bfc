package io.wirewatch.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English wire constructions, on hand-written text with no linked entity: the speakers come from the text. */
class EnglishStatementsTest {
    private static List<String> said(String text) {
        List<AttributedStatement> found = new StatementExtractor().extract(text, Tokenizer.tokenize(text), List.of(),
                MentionIndex.of(List.of()), List.of());
        return found.stream().map(s -> s.speaker().nameEn() + " " + s.resolution() + ": " + s.quote().of(text)).toList();
    }

    @Test
    void quoteThenPronounAndVerbResolvesToTheLastSubject() {
        assertThat(said("Treasury Secretary James Baker met Japanese officials with Yasuhiro Nakasone.\n"
                + "    \"We want progress on trade,\" he said."))
                .containsExactly("James Baker PRONOUN: We want progress on trade,");
    }

    @Test
    void nameAndColonBeforeTheQuote() {
        assertThat(said("Reagan said: \"The talks will go on next month.\""))
                .containsExactly("Reagan NAMED: The talks will go on next month.");
    }

    @Test
    void quoteThenNameToldReporters() {
        assertThat(said("\"The sanctions stay in place,\" Baldrige told reporters."))
                .containsExactly("Baldrige NAMED: The sanctions stay in place,");
    }

    @Test
    void sayingAndPartialQuoteInReportedSpeech() {
        assertThat(said("Carlucci urged restraint, saying \"the tariffs are a special case.\""))
                .containsExactly("Carlucci NAMED: the tariffs are a special case.");
        assertThat(said("Carlucci said the evidence had been \"fairly conclusive\" so far."))
                .containsExactly("Carlucci NAMED: fairly conclusive");
    }

    @Test
    void hardWrappedQuoteAndAnUnnamedOfficial() {
        assertThat(said("Talks go on.\n    \"Do not expect the problem to be resolved\nsoon,\" said a senior U.S. trade official.\n"))
                .containsExactly("a senior U.S. trade official UNNAMED: Do not expect the problem to be resolved\nsoon,");
    }

    @Test
    void quoteOverParagraphsIsOneItemPerParagraph() {
        String text = "Clark spoke.\n    \"The first paragraph opens the quote.\n"
                + "    \"The second one closes it,\" Clark said.\n";
        assertThat(said(text)).containsExactly("Clark NAMED: The first paragraph opens the quote.",
                "Clark NAMED: The second one closes it,");
    }

    @Test
    void straightMarkBetweenLettersIsAnApostrophe() {
        assertThat(said("\"It\"s a precedent to be encouraged,\" Buchheit said."))
                .containsExactly("Buchheit NAMED: It\"s a precedent to be encouraged,");
    }

    @Test
    void theSpeakerIsNeverANameInsideTheQuote() {
        assertThat(said("Mitsuru Uchida, professor at Waseda, told Reuters: \"I doubt whatever Nakasone does will help.\""))
                .containsExactly("Mitsuru Uchida NAMED: I doubt whatever Nakasone does will help.");
    }

    @Test
    void noAttributionAcrossAParagraphEnd() {
        assertThat(said("Commerce Secretary Malcolm Baldrige spoke, but said \"the sanctions will go in soon.\"\n    Fitzwater said nothing new."))
                .containsExactly("Malcolm Baldrige NAMED: the sanctions will go in soon.");
    }
}
