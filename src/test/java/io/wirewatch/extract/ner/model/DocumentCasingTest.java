package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headlines in capitals read in the case the rest of the document gives their words. */
class DocumentCasingTest {
    @Test
    void aHeadlineInCapitalsTakesTheBodysCaseOrTheGazetteersOrSmallLetters() {
        String[] headline = "PRESIDENT SAYS SHULTZ TO HEAD FOR MOSCOW TALKS".split(" ");
        String[] body = ("President Reagan said Shultz will head for talks in Moscow next month , the White House said , and "
                + "the State Department says Shevardnadze is to meet him there for two days of talks on arms control "
                + "and on regional conflicts such as Afghanistan .").split(" ");
        List<String[]> read = DocumentCasing.of(List.of(headline, body));
        assertThat(read.get(0)).containsExactly("president", "says", "Shultz", "to", "head", "for", "Moscow", "talks");
        assertThat(read.get(1)).isSameAs(body);
    }

    @Test
    void aDocumentWithoutCapitalsSentencesOrWithTooLittleTextIsReadAsItIs() {
        List<String[]> sentences = List.<String[]>of("Talks in Moscow .".split(" "));
        assertThat(DocumentCasing.of(sentences)).isSameAs(sentences);
        List<String[]> table = List.<String[]>of("SEATTLE 70 63".split(" "), "Texas 75 58".split(" "));
        assertThat(DocumentCasing.of(table)).isSameAs(table);
        assertThat(DocumentCasing.isCapsSentence("MOSCOW 1996-08-30".split(" "))).isTrue();
        assertThat(DocumentCasing.isCapsSentence("The U.S. and IBM agreed .".split(" "))).isFalse();
    }

    @Test
    void shapesGeneralizeOverWords() {
        assertThat(WordShape.of("Reagan")).isEqualTo("Xx");
        assertThat(WordShape.of("U.S.")).isEqualTo("X.X.");
        assertThat(WordShape.of("1996-08-22")).isEqualTo("d-d-d");
        assertThat(WordShape.of("McDonald")).isEqualTo("XxXx");
    }
}
