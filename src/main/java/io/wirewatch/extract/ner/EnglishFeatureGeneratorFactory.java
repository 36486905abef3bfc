package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.EnglishFeatureGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets OpenNLP's feature-generator descriptor name {@link EnglishFeatureGenerator}. */
public final class EnglishFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new EnglishFeatureGenerator();
    }
}
