package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.WordBigramFeatureGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets OpenNLP's feature-generator descriptor name {@link WordBigramFeatureGenerator}. */
public final class WordBigramFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new WordBigramFeatureGenerator();
    }
}
