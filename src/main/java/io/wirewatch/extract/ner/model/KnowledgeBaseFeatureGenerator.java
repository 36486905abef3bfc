package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.link.Gazetteer;
import io.wirewatch.extract.link.NameIndex;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KnowledgeBase;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features from the knowledge base: whether a token begins or continues a known name,
 * and of which kind (kb=COUNTRY-B, kb=ORGANIZATION-I...). The model learns how far to trust the
 * knowledge base, and where its names end and a longer name begins. Only the names written by hand
 * count ({@link NameIndex#handWritten}): aliases derived from other sources may change without the
 * models being trained again.
 */
public final class KnowledgeBaseFeatureGenerator implements AdaptiveFeatureGenerator {
    private final NameIndex index = NameIndex.handWritten(KnowledgeBase.bundled());
    private String[] lastSentence;
    private String[] labels;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastSentence) {
            labels = label(tokens);
            lastSentence = tokens;
        }
        if (labels[index] != null) {
            features.add("kb=" + labels[index]);
            features.add("kbk=" + labels[index].substring(0, labels[index].length() - 2));
        }
    }

    private String[] label(String[] tokens) {
        String[] result = new String[tokens.length];
        for (Gazetteer.Match<String> match : this.index.find(tokens)) {
            EntityKind kind = this.index.kindOf(match.target());
            for (int i = match.from(); i < match.to(); i++) {
                result[i] = kind.name() + (i == match.from() ? "-B" : "-I");
            }
        }
        return result;
    }
}
