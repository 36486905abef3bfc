package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompactPerceptronTest {
    private static final List<String[]> SENTENCES = List.of(
            "Губернатор Приморья Олег Кожемяко встретился с главой компании « Ростелеком » Михаилом Осеевским .".split(" "),
            "В Москве прошли переговоры ООН , ОБСЕ и МИД РФ о ситуации в Нагорном Карабахе .".split(" "),
            "Xyzzy Qwrtp заявил агентству Bloomberg , что 12 марта 2026 г. встреча не состоится".split(" "));
    private static TokenNameFinderModel openNlp;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CompactPerceptronTest.class.getResourceAsStream(StatisticalNameFinder.MODEL)) {
            openNlp = new TokenNameFinderModel(in);
        }
    }

    @Test
    void givesOpenNlpsProbabilitiesForEveryWordsFeatures() {
        AbstractModel original = openNlp.getArtifact("nameFinder.model");
        CompactPerceptron compact = new CompactPerceptron(original);
        NameContextGenerator features = openNlp.getFactory().createContextGenerator();
        int compared = 0;
        for (String[] words : SENTENCES) {
            String[] outcomes = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] context = features.getContext(i, words, Arrays.copyOf(outcomes, i), null);
                double[] expected = original.eval(context);
                assertThat(compact.eval(context)).as("word %d of %s", i, String.join(" ", words)).containsExactly(expected);
                outcomes[i] = original.getBestOutcome(expected);
                assertThat(compact.getBestOutcome(compact.eval(context))).isEqualTo(outcomes[i]);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(40);
        assertThat(compact.eval(new String[] {"no such feature"})).hasSize(original.getNumOutcomes());
    }

    @Test
    void findsTheNamesOpenNlpFinds() {
        NameFinderME slow = new NameFinderME(openNlp);
        NameFinderME fast = new NameFinderME(CompactNameFinderModel.of(openNlp));
        for (String[] words : SENTENCES) {
            assertThat(fast.find(words)).containsExactly(slow.find(words));
        }
        assertThat(fast.find(SENTENCES.get(0))).isNotEmpty();
    }
}
