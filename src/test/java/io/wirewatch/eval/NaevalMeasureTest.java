package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.eval.FactRuEvalText.GoldObject;
import io.wirewatch.eval.FactRuEvalText.GoldSpan;
import io.wirewatch.eval.FactRuEvalText.Range;
import io.wirewatch.eval.NaevalMeasure.TypedSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** naeval's method on one sentence whose counts are worked out by hand. */
class NaevalMeasureTest {
    // Глава МИД Грузии Иван Петров « Ъ » .
    private static final String TEXT = "Глава МИД Грузии Иван Петров « Ъ » .";
    private static final List<Range> TOKENS = List.of(new Range(0, 5), new Range(6, 9), new Range(10, 16), new Range(17, 21),
            new Range(22, 28), new Range(29, 30), new Range(31, 32), new Range(33, 34), new Range(35, 36));

    @Test
    void outerSpansTokensTaggedIoAndSharesPerType() {
        List<GoldObject> gold = List.of(
                new GoldObject("Org", List.of(new GoldSpan("org_descr", new Range(0, 5)), new GoldSpan("org_name", new Range(6, 9)),
                        new GoldSpan("loc_name", new Range(10, 16)))),
                new GoldObject("LocOrg", List.of(new GoldSpan("loc_name", new Range(10, 16)))),
                new GoldObject("Person", List.of(new GoldSpan("name", new Range(17, 21)), new GoldSpan("surname", new Range(22, 28)))),
                new GoldObject("Org", List.of(new GoldSpan("org_name", new Range(29, 34)))));
        List<TypedSpan> found = List.of(
                new TypedSpan(6, 16, "ORG"),   // МИД Грузии: two tokens, the gold's org_name is one
                new TypedSpan(10, 16, "LOC"),  // nested in the ORG: dropped
                new TypedSpan(17, 21, "PER"),  // half the person
                new TypedSpan(1, 5, "LOC"),    // not on token bounds: dropped
                new TypedSpan(29, 34, "ORG")); // « Ъ »: quotes trimmed to Ъ

        NaevalMeasure measure = new NaevalMeasure();
        measure.add(TEXT, TOKENS, gold, found);

        // gold ORG: МИД, «, Ъ, » (the gold keeps its quotes); found ORG: МИД, Грузии, Ъ; both: МИД, Ъ
        assertThat(measure.byType().get("ORG")).isEqualTo(new TokenScore(2, 3, 2, 4));
        assertThat(measure.byType().get("LOC")).isEqualTo(new TokenScore(0, 0, 0, 1));
        assertThat(measure.byType().get("PER")).isEqualTo(new TokenScore(1, 1, 1, 2));
        assertThat(measure.byType().get("PER").recall()).isEqualTo(0.5);
        assertThat(measure.byType().get("LOC").precision()).isZero();
    }
}
