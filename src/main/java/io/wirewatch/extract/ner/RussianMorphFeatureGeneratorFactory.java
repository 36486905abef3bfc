package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.RussianMorphFeatureGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets OpenNLP's feature-generator descriptor name {@link RussianMorphFeatureGenerator}. */
public final class RussianMorphFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new RussianMorphFeatureGenerator();
    }
}
