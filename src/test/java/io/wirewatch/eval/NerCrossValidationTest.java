package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.ner.model.FactRuEvalReader;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.model.NerelReader;
import io.wirewatch.extract.ner.rules.NameRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-validation with another corpus's documents in every fold's training, and naeval's measure on the held-out folds. */
class NerCrossValidationTest {
    private static final Path MINI = Path.of("src/test/resources/ner/mini");

    @Test
    void everyHeldOutDocumentIsScoredByNaevalToo() {
        List<NerDocument> documents = FactRuEvalReader.read(MINI);
        List<NerDocument> nerel = NerelReader.read(Path.of("src/test/resources/ner/nerel"), id -> true);
        NerEvaluation evaluation = NerEvaluation.crossValidate(documents, nerel, 2, 1, 10, 0, NameRules.all(), MINI);
        assertThat(evaluation.naevalReport()).contains("naeval's method").containsPattern("PER +\\d\\.\\d{3}");
        assertThat(evaluation.overall().support()).as("only the factRuEval documents are tested")
                .isEqualTo(documents.stream().mapToInt(d -> d.names().stream().mapToInt(List::size).sum()).sum());
    }

    @Test
    void withoutTheCorpusDirectoryNoNaevalFigures() {
        NerEvaluation evaluation = NerEvaluation.crossValidate(FactRuEvalReader.read(MINI), 2, 1, 10, 0, NameRules.all());
        assertThat(evaluation.naevalReport()).isEmpty();
    }
}
