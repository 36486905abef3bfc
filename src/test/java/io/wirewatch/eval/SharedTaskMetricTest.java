package io.wirewatch.eval;

import io.wirewatch.extract.ner.model.NerDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The factRuEval-2016 Track 1 measure: descriptors weigh nothing, partial overlaps earn partial credit. */
class SharedTaskMetricTest {
    // "мэрию Москвы": ORG with descriptor token 3 (weight 0) and name token 4; the city also a LOC.
    private final List<NerDocument.GoldObject> gold = List.of(
            new NerDocument.GoldObject("PER", Map.of(0, 1.0, 1, 1.0)),
            new NerDocument.GoldObject("ORG", Map.of(3, 0.0, 4, 1.0)),
            new NerDocument.GoldObject("LOC", Map.of(4, 1.0)),
            new NerDocument.GoldObject("ORG", Map.of(7, 0.0)));

    @Test
    void exactAnswersScoreOneAndAnUnnamedOrganisationNeedNotBeFound() {
        SharedTaskMetric metric = new SharedTaskMetric();
        metric.add(gold, List.of(
                new SharedTaskMetric.Found("PER", Set.of(0, 1)),
                new SharedTaskMetric.Found("ORG", Set.of(3, 4)),
                new SharedTaskMetric.Found("LOC", Set.of(4))));
        assertThat(metric.f1("PER")).isEqualTo(1.0);
        assertThat(metric.f1("ORG")).isEqualTo(1.0);
        assertThat(metric.f1("LOC")).isEqualTo(1.0);
    }

    @Test
    void missingTheDescriptorCostsNothingAndHalfANameEarnsHalf() {
        SharedTaskMetric metric = new SharedTaskMetric();
        metric.add(gold, List.of(
                new SharedTaskMetric.Found("PER", Set.of(1)),
                new SharedTaskMetric.Found("ORG", Set.of(4)),
                new SharedTaskMetric.Found("LOC", Set.of(5))));
        assertThat(metric.f1("ORG")).isEqualTo(1.0);
        assertThat(metric.f1("PER")).isCloseTo(0.5, within(1e-9));
        assertThat(metric.f1("LOC")).isZero();
    }
}
