package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.WordWindowFeatureGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets OpenNLP's feature-generator descriptor name {@link WordWindowFeatureGenerator}:
 * {@code <generator class="...WordWindowFeatureGeneratorFactory"><str name="part">CLASSES</str></generator>}
 * (or WORDS).
 */
public final class WordWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
        String part = getStr("part");
        try {
            return new WordWindowFeatureGenerator(WordWindowFeatureGenerator.Part.valueOf(part));
        } catch (IllegalArgumentException e) {
            throw new opennlp.tools.util.InvalidFormatException("part must be CLASSES or WORDS, not " + part);
        }
    }
}
