package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code wirewatch eval ner --lang en}: the shipped analyzer on a CoNLL fixture, one part of its split. */
class EvalNerEnglishCommandTest {
    private static final String CORPUS = "src/test/resources/ner/conll/mini.conll";
    private static final String SPLIT = "src/test/resources/ner/conll/split.tsv";

    @Test
    void jsonOfThePartShapedLikeTheRussianOne() throws Exception {
        CliRun run = CliRun.of("eval", "ner", "--lang", "en", "--corpus", CORPUS, "--no-train", "--json", "--split", SPLIT, "--part", "tuning");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("documents").asInt()).isEqualTo(1);
        assertThat(root.path("part").asText()).isEqualTo("tuning");
        assertThat(root.path("measures").path("exact").fieldNames()).toIterable().containsExactly("PER", "LOC", "ORG", "ALL");
        assertThat(root.path("measures").path("exact").path("PER").path("f1").isNumber()).isTrue();
    }

    @Test
    void englishNeedsTheShippedAnalyzerOrAModel() {
        CliRun run = CliRun.of("eval", "ner", "--lang", "en", "--corpus", CORPUS);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--no-train").contains("--model");
        CliRun unknown = CliRun.of("eval", "ner", "--lang", "de", "--corpus", CORPUS, "--no-train");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("ru or en");
    }
}
