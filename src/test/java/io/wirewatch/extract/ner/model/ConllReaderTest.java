package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CoNLL reader on hand-written fixtures in CoNLL-2003's four columns and wikigold's two. */
class ConllReaderTest {
    private static final Path DIR = Path.of("src/test/resources/ner/conll");

    @Test
    void readsDocumentsSentencesAndIob1Names() {
        List<NerDocument> documents = ConllReader.read(DIR.resolve("mini.conll"));
        assertThat(documents).extracting(NerDocument::id).containsExactly("mini.conll#1", "mini.conll#2");
        NerDocument first = documents.get(0);
        assertThat(first.sentences()).hasSize(2);
        assertThat(first.sentences().get(0)).containsExactly("TALKS", "IN", "MOSCOW", ".");
        assertThat(first.names().get(0)).containsExactly(new NerDocument.Name(2, 3, "LOC"));
        assertThat(first.names().get(1)).containsExactly(new NerDocument.Name(1, 2, "PER"), new NerDocument.Name(3, 5, "PER"),
                new NerDocument.Name(6, 7, "LOC"), new NerDocument.Name(9, 10, "MISC"));
    }

    @Test
    void bSeparatesTwoAdjacentNamesOfOneType() {
        NerDocument second = ConllReader.read(DIR.resolve("mini.conll")).get(1);
        assertThat(second.names().get(0)).containsExactly(new NerDocument.Name(2, 4, "ORG"), new NerDocument.Name(6, 8, "ORG"));
    }

    @Test
    void wikigoldsTwoColumnsAndDocumentsClosedByDocstart() {
        List<NerDocument> documents = ConllReader.read(DIR.resolve("wiki.conll"));
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).names().get(0)).containsExactly(new NerDocument.Name(0, 1, "LOC"), new NerDocument.Name(1, 2, "PER"));
        assertThat(documents.get(1).sentences().get(0)).containsExactly("The", "Beatles", "played", "in", "Hamburg");
        assertThat(documents.get(1).names().get(0)).containsExactly(new NerDocument.Name(1, 2, "ORG"), new NerDocument.Name(4, 5, "LOC"));
    }

    @Test
    void theExtractorsTokensCarryTheNamesAlong() {
        NerDocument document = ConllReader.parse("t", List.of("Mr. O", "Reagan I-PER", "'s O", "aide O", "U.S. I-LOC")).get(0);
        NerDocument cut = ProductTokenization.of(document);
        assertThat(cut.sentences().get(0)).containsExactly("Mr", ".", "Reagan", "'s", "aide", "U.S.");
        assertThat(cut.names().get(0)).containsExactly(new NerDocument.Name(2, 3, "PER"), new NerDocument.Name(5, 6, "LOC"));
    }

    @Test
    void aFileWithoutTokensIsAClearError(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.conll"), "-DOCSTART- -X- O O\n\n");
        assertThatThrownBy(() -> ConllReader.read(empty)).hasMessageContaining("holds no CoNLL sentences");
    }
}
