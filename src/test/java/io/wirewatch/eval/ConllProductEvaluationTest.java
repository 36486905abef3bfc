package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.eval.FactRuEvalText.Range;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.ner.model.ConllReader;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.source.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped analyzer on a two-document CoNLL fixture written for this test, scored by exact spans. */
class ConllProductEvaluationTest {
    private static final Path DIR = Path.of("src/test/resources/ner/conll");
    private static final List<NerDocument> DOCUMENTS = ConllReader.read(DIR.resolve("mini.conll"));

    @Test
    void theTextIsTheTokensASentenceALine() {
        List<Range> tokens = new ArrayList<>();
        Article article = ConllProductEvaluation.article(DOCUMENTS.get(0), tokens);
        assertThat(article.text()).startsWith("TALKS IN MOSCOW .\nPresident Reagan sent George Shultz to Moscow for the Geneva talks .\n");
        assertThat(article.language()).isEqualTo("en");
        assertThat(tokens.get(2)).isEqualTo(new Range(9, 15));
        assertThat(tokens).hasSize(DOCUMENTS.get(0).tokenCount());
    }

    @Test
    void namesAreScoredByExactSpanPerTypeWithMiscLeftOut() {
        ConllProductEvaluation evaluation = ConllProductEvaluation.run(new ArticleAnalyzer(), DOCUMENTS.subList(0, 1));
        assertThat(evaluation.documents()).isEqualTo(1);
        assertThat(evaluation.exact().get("PER").recallTotal()).isEqualTo(2);
        assertThat(evaluation.exact().get("PER").recall()).isEqualTo(1.0);
        assertThat(evaluation.exact().get("LOC").recallTotal()).isEqualTo(2);
        assertThat(evaluation.exact().get("LOC").recallCorrect()).isEqualTo(2);
        assertThat(evaluation.overall().recallTotal()).isEqualTo(4);
        assertThat(evaluation.details()).noneMatch(line -> line.contains("MISC"));
        JsonNode exact = evaluation.json().path("measures").path("exact");
        assertThat(exact.fieldNames()).toIterable().containsExactly("PER", "LOC", "ORG", "ALL");
        assertThat(exact.path("PER").path("r").asDouble()).isEqualTo(1.0);
    }

    @Test
    void thePartsOfTheSplitSelectDocumentsByNumber() {
        DocumentParts parts = DocumentParts.read(DIR.resolve("split.tsv"));
        assertThat(parts.select(DOCUMENTS, "tuning")).extracting(NerDocument::id).containsExactly("mini.conll#1");
        assertThat(parts.select(DOCUMENTS, "checking")).extracting(NerDocument::id).containsExactly("mini.conll#2");
        assertThat(parts.select(DOCUMENTS, "all")).hasSize(2);
        assertThatThrownBy(() -> parts.select(DOCUMENTS, "testing")).hasMessageContaining("the parts are");
    }
}
