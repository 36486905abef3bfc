package io.wirewatch.extract.ner.model;

import io.wirewatch.eval.NerEvaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factRuEval reader and the trainer, on a two-document fixture written in that format. */
class FactRuEvalReaderTest {
    private static final Path MINI = Path.of("src/test/resources/ner/mini");

    @Test
    void readsSentencesAndOutermostNamesWithSharedTaskTypes() {
        List<NerDocument> documents = FactRuEvalReader.read(MINI);
        assertThat(documents).extracting(NerDocument::id).containsExactly("doc1", "doc2");
        NerDocument first = documents.get(0);
        assertThat(first.sentences()).hasSize(2);
        assertThat(first.sentences().get(0)).containsExactly("Сергей", "Топалов", "посетил", "мэрию", "Москвы", ".");
        assertThat(first.names().get(0)).containsExactly(new NerDocument.Name(0, 2, "PER"), new NerDocument.Name(3, 5, "ORG"));
        assertThat(first.names().get(1)).containsExactly(new NerDocument.Name(1, 2, "PER"), new NerDocument.Name(4, 5, "LOC"));
    }

    @Test
    void trainingIsDeterministicAndTheModelFindsWhatItWasTaughtInContext() {
        List<NerDocument> documents = FactRuEvalReader.read(MINI);
        TokenNameFinderModel a = NameFinderTrainer.train(documents, 30, 0);
        TokenNameFinderModel b = NameFinderTrainer.train(documents, 30, 0);
        NerEvaluation onA = new NerEvaluation(io.wirewatch.extract.ner.rules.NameRules.all());
        onA.add(a, documents);
        NerEvaluation onB = new NerEvaluation(io.wirewatch.extract.ner.rules.NameRules.all());
        onB.add(b, documents);
        assertThat(onA.report()).isEqualTo(onB.report());
        assertThat(onA.byType().get("PER").recall()).isEqualTo(1.0);
    }

    @Test
    void aDirectoryWithoutDocumentsIsAClearError(@TempDir Path empty) {
        assertThatThrownBy(() -> FactRuEvalReader.read(empty)).hasMessageContaining("no factRuEval documents");
    }
}
