package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NEREL reader on a hand-written brat fixture: types mapped by factRuEval's conventions, outermost names, the analyzer's tokens. */
class NerelReaderTest {
    private static final Path DIR = Path.of("src/test/resources/ner/nerel");

    @Test
    void mapsTypesKeepsOutermostAndDropsNamesWithoutCapitals() {
        assertThat(NerelReader.entities(NerelReader.annotations(DIR, "001"))).containsExactly(
                new NerelReader.Entity(0, 6, "PER"), new NerelReader.Entity(18, 24, "LOC"),
                new NerelReader.Entity(26, 36, "ORG"), // МИД России whole; России inside it dropped
                new NerelReader.Entity(58, 71, "PER"), new NerelReader.Entity(100, 107, "LOC"),
                new NerelReader.Entity(185, 191, "LOC")); // Кремль, a FACILITY; министр, американцами, правительство, российских: none
    }

    @Test
    void cutsSentencesAndTokensAsTheAnalyzerDoes() {
        NerDocument document = NerelReader.read(DIR, id -> true).get(0);
        assertThat(document.id()).isEqualTo("001");
        assertThat(document.sentences()).hasSize(4);
        assertThat(document.sentences().get(0)).containsExactly("Лавров", "прилетел", "в", "Бишкек");
        assertThat(document.sentences().get(1)).startsWith("МИД", "России", "сообщил", ",", "что");
        assertThat(document.names().get(0)).containsExactly(new NerDocument.Name(0, 1, "PER"), new NerDocument.Name(3, 4, "LOC"));
        assertThat(document.names().get(1)).containsExactly(new NerDocument.Name(0, 2, "ORG"), new NerDocument.Name(6, 8, "PER"),
                new NerDocument.Name(12, 13, "LOC"));
        assertThat(document.names().get(2)).isEmpty();
        assertThat(document.names().get(3)).containsExactly(new NerDocument.Name(2, 3, "LOC"));
    }

    @Test
    void aDiscontinuousSpanRunsFirstToLastAndTheFirstOfTwoCrossingOnesStays() {
        assertThat(NerelReader.entities(List.of("T1\tCITY 10 14;15 20\tНью Йорк", "T2\tPERSON 12 30\tЙорк Смит",
                "T3\tORGANIZATION 40 45\tООН", "R1\tPART_OF Arg1:T1 Arg2:T3\t"))).containsExactly(
                new NerelReader.Entity(10, 20, "LOC"), new NerelReader.Entity(40, 45, "ORG"));
    }

    @Test
    void aNameSharingATokenWithTheOneBeforeIsDropped() {
        NerDocument document = NerelReader.document("x", "Маршрут Казань-Болгар.",
                List.of("T1\tCITY 8 14\tКазань", "T2\tCITY 15 21\tБолгар"));
        assertThat(document.names().get(0)).containsExactly(new NerDocument.Name(1, 2, "LOC"));
    }

    @Test
    void theFilterKeepsOtherDocumentsUnread() {
        assertThat(NerelReader.ids(DIR)).containsExactly("001");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NerelReader.read(DIR, id -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
