package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class WordWindowFeatureGeneratorTest {
    private static final List<String[]> SENTENCES = List.of(
            "Президент России Владимир Путин провел переговоры с Эммануэлем Макроном .".split(" "),
            "В 2026 г. ООН , U.S. и т.д. : 3,5 % , 12-15 , 1/2 , ЗАО « Ромашка-2 »".split(" "),
            new String[] {"Москва"},
            "Peskov told reporters on Feb. 10 that talks were possible".split(" "));

    /**
     * The same features in the same order as the OpenNLP generators features.xml named before
     * (the order decides how training indexes features, so the same data gives the same model).
     */
    @Test
    void makesExactlyTheFeaturesOfOpenNlpsWordClassWindow() {
        assertSameFeatures(new WordWindowFeatureGenerator(WordWindowFeatureGenerator.Part.CLASSES),
                new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2));
    }

    @Test
    void makesExactlyTheFeaturesOfOpenNlpsWordWindow() {
        assertSameFeatures(new WordWindowFeatureGenerator(WordWindowFeatureGenerator.Part.WORDS),
                new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2));
    }

    @Test
    void makesExactlyTheFeaturesOfOpenNlpsBigrams() {
        assertSameFeatures(new WordBigramFeatureGenerator(), new BigramNameFeatureGenerator());
    }

    private static void assertSameFeatures(AdaptiveFeatureGenerator ours, AdaptiveFeatureGenerator openNlp) {
        for (String[] words : SENTENCES) {
            for (int i = 0; i < words.length; i++) {
                assertThat(features(ours, words, i)).as("word %d of %s", i, String.join(" ", words))
                        .containsExactlyElementsOf(features(openNlp, words, i));
            }
        }
    }

    @Test
    void describesANewSentenceWhenTheWordsChange() {
        AdaptiveFeatureGenerator ours = new WordWindowFeatureGenerator(WordWindowFeatureGenerator.Part.WORDS);
        features(ours, new String[] {"Путин", "сказал"}, 0);
        assertThat(features(ours, new String[] {"Макрон", "ответил"}, 0)).contains("w=макрон", "n1w=ответил")
                .doesNotContain("w=путин");
    }

    private static List<String> features(AdaptiveFeatureGenerator generator, String[] words, int index) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, words, index, new String[0]);
        return features;
    }
}
