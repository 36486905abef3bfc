package io.wirewatch.extract.ner.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * An OpenNLP name-finder model whose perceptron is evaluated by {@link CompactPerceptron}: the same
 * names with the same probabilities, found faster. Models that are not perceptrons decode as
 * OpenNLP decodes them.
 */
final class CompactNameFinderModel extends TokenNameFinderModel {
    private static final String CLASSIFIER = "nameFinder.model";
    private final CompactPerceptron perceptron;
    private final int beamSize;

    CompactNameFinderModel(InputStream in) throws IOException {
        super(in);
        Object classifier = getArtifact(CLASSIFIER);
        this.perceptron = classifier instanceof AbstractModel model && model.getModelType() == AbstractModel.ModelType.Perceptron
                ? new CompactPerceptron(model) : null;
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beamSize = beam == null ? 3 : Integer.parseInt(beam);
    }

    /** The same model, as a compact one (written out and read back: both are OpenNLP's own format). */
    static CompactNameFinderModel of(TokenNameFinderModel model) {
        if (model instanceof CompactNameFinderModel compact) {
            return compact;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.serialize(bytes);
            return new CompactNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the name-finder model", e);
        }
    }

    /**
     * A new search per name finder (each used by one thread): OpenNLP's BeamSearch keeps a buffer
     * and the compact perceptron a memory of recent features, so neither is shared. A model
     * decoding one candidate at a time gets {@link GreedySearch}, the same search without
     * BeamSearch's queues, which skips the words its language's {@link NoNameStart} rule names.
     */
    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        if (perceptron == null) {
            return super.getNameFinderSequenceModel();
        }
        return beamSize == 1 ? new GreedySearch(perceptron.forOneThread(), NoNameStart.of(getLanguage()))
                : new BeamSearch(beamSize, perceptron.forOneThread());
    }
}
