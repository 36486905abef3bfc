package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.KnowledgeBaseFeatureGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets OpenNLP's feature-generator descriptor name {@link KnowledgeBaseFeatureGenerator}. */
public final class KnowledgeBaseFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new KnowledgeBaseFeatureGenerator();
    }
}
